#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

namespace cb::ui {

// The one way the console asks a modal question, so tests can answer it.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next questions are answered with these buttons without
    // showing a box; each question asked is recorded.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    static QStringList askedForTest();
    static void resetForTest();
};

} // namespace cb::ui
