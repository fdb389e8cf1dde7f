#pragma once

#include "model/Types.h"

#include <optional>

namespace cb {

// What the backup list shows: free text plus per-field filters. The rule
// lives here so every front end (GUI proxy, CLI, tests) filters alike.
struct BackupSearch
{
    QString text;                       // any of name, id prefix, volume, project, description, tags
    std::optional<BackupStatus> status; // empty: any
    std::optional<BackupKind> kind;     // empty: any
    QString project;                    // empty: any
    QString tag;                        // empty: any
    QString volumeId;                   // empty: any

    bool isEmpty() const;
    bool matches(const Backup &b) const;
};

} // namespace cb
