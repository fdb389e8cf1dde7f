#pragma once

#include "auth/Access.h"

namespace cb {
class Engine;
}

namespace cb::ui {

// What the console lets the user try: the engine's policy and caller, read
// without I/O so actions can be enabled on the GUI thread. The engine checks
// every call again; this only reflects its answer (a disabled action with
// the reason as its tooltip).
class Permissions
{
public:
    Permissions() = default;
    Permissions(Policy policy, Caller caller);
    // The same answers as Engine::may() and Engine::whyNot().
    static Permissions of(const Engine &engine);

    const Caller &caller() const { return m_caller; }
    const Policy &policy() const { return m_policy; }
    // An empty project: anywhere (to enable an action before a target is chosen).
    bool may(Action action, const QString &project = {}) const;
    // Why not (translated); empty when it may.
    QString whyNot(Action action, const QString &project = {}) const;
    // In every one of these projects; the first reason when not.
    QString whyNotAll(Action action, const QStringList &projects) const;
    bool seesAll() const;

private:
    Policy m_policy = Policy::seedDefaults();
    Caller m_caller;
};

} // namespace cb::ui
