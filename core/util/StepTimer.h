#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStringList>

namespace cb {

// Times the steps of one operation and logs them on one line when it ends,
// only while the category's debug output is on, e.g.
// QT_LOGGING_RULES="cloudbackup.engine.debug=true".
class StepTimer
{
public:
    StepTimer(const QLoggingCategory &category, const char *what, QString subject)
        : m_category(category), m_what(what), m_subject(std::move(subject))
    {
        if (m_category.isDebugEnabled())
            m_timer.start();
    }
    ~StepTimer()
    {
        if (m_timer.isValid())
            qCDebug(m_category).noquote() << m_what << m_subject << m_steps.join(QLatin1String(", "));
    }
    StepTimer(const StepTimer &) = delete;
    StepTimer &operator=(const StepTimer &) = delete;

    void step(const char *name)
    {
        if (!m_timer.isValid())
            return;
        m_steps << QStringLiteral("%1 %2 ms")
                       .arg(QLatin1String(name))
                       .arg(double(m_timer.nsecsElapsed()) / 1e6, 0, 'f', 1);
        m_timer.restart();
    }

private:
    const QLoggingCategory &m_category;
    const char *m_what;
    QString m_subject;
    QElapsedTimer m_timer;
    QStringList m_steps;
};

} // namespace cb
