#include "Permissions.h"

#include "engine/Engine.h"

namespace cb::ui {

Permissions::Permissions(Policy policy, Caller caller)
    : m_policy(std::move(policy)), m_caller(std::move(caller))
{}

Permissions Permissions::of(const Engine &engine)
{
    return Permissions(engine.policy(), engine.caller());
}

bool Permissions::may(Action action, const QString &project) const
{
    return m_policy.allows(m_caller, action, project);
}

QString Permissions::whyNot(Action action, const QString &project) const
{
    auto r = m_policy.check(m_caller, action, project);
    return r ? QString() : r.error();
}

QString Permissions::whyNotAll(Action action, const QStringList &projects) const
{
    for (const QString &p : projects) {
        if (QString why = whyNot(action, p); !why.isEmpty())
            return why;
    }
    return {};
}

bool Permissions::seesAll() const
{
    return m_policy.seesAll(m_caller);
}

} // namespace cb::ui
