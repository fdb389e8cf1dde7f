#include "model/BackupSearch.h"

#include <algorithm>

namespace cb {

bool BackupSearch::isEmpty() const
{
    return text.trimmed().isEmpty() && !status && !kind && project.isEmpty() && tag.isEmpty() &&
           volumeId.isEmpty();
}

bool BackupSearch::matches(const Backup &b) const
{
    if (status && b.status != *status)
        return false;
    if (kind && b.kind != *kind)
        return false;
    if (!project.isEmpty() && b.project != project)
        return false;
    if (!volumeId.isEmpty() && b.volumeId != volumeId)
        return false;
    if (!tag.isEmpty() && !b.tags.contains(tag))
        return false;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    // Every word must match some field (AND of words, OR of fields).
    const auto words = QStringView(t).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView w : words) {
        const bool hit = b.name.contains(w, Qt::CaseInsensitive) || b.id.startsWith(w, Qt::CaseInsensitive) ||
                         b.volumeName.contains(w, Qt::CaseInsensitive) ||
                         b.project.contains(w, Qt::CaseInsensitive) ||
                         b.description.contains(w, Qt::CaseInsensitive) ||
                         std::any_of(b.tags.cbegin(), b.tags.cend(),
                                     [w](const QString &tg) { return tg.contains(w, Qt::CaseInsensitive); });
        if (!hit)
            return false;
    }
    return true;
}

} // namespace cb
