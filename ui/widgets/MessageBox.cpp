#include "widgets/MessageBox.h"

namespace cb::ui {

namespace {
QList<QMessageBox::StandardButton> g_answers;
QStringList g_asked;
bool g_testMode = false;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (g_testMode) {
        g_asked << text;
        return g_answers.isEmpty() ? defaultButton : g_answers.takeFirst();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (g_testMode) {
        g_asked << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    g_testMode = true;
    g_answers = answers;
}

QStringList MessageBox::askedForTest()
{
    return g_asked;
}

void MessageBox::resetForTest()
{
    g_testMode = true;
    g_answers.clear();
    g_asked.clear();
}

} // namespace cb::ui
