#pragma once

#include "util/Message.h"

#include <QString>

namespace cb {

// One finding of `cloudbackupctl doctor`: what was checked, how it stands,
// why, and what to do about it.
struct DoctorCheck
{
    enum class Level
    {
        Ok,
        Warn,
        Fail
    };
    QString key; // "catalog.integrity", "repository.space", "ceph.<cluster>", ...
    Level level = Level::Ok;
    Message detail;
    Message fix; // empty when there is nothing to do

    static QString levelKey(Level l); // "ok", "warn", "fail"
};

} // namespace cb
