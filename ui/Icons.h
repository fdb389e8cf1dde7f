#pragma once

#include "model/Types.h"

#include <QColor>
#include <QIcon>
#include <QPen>

#include <functional>

class QPainter;

namespace cb::ui::Icons {

// The console's icons, painted with QPainter so they are crisp at any scale
// and need no image plugin.
enum Id
{
    App,
    CreateBackup,
    Restore,
    Edit,
    Tags,
    Delete,
    Refresh,
    Chain,
    Volume,
    Backups,
    Jobs,
    Fit,
    Cancel,
    Demo,
    Search,
    Audit,
    User,
    ZoomIn,
    ZoomOut,
    Dashboard
};

QIcon get(Id id);
// An icon painted by fn on a 32x32 canvas, at 16, 24, 32 and 48 pixels, and
// the round-capped pen the console's icons are drawn with.
QIcon paint(const std::function<void(QPainter &)> &fn);
QPen pen(const QColor &c, double w = 2.6);
// The same icon drawn in another ink (for dark backgrounds).
QIcon get(Id id, const QColor &ink);
QIcon status(BackupStatus status);
QIcon kind(BackupKind kind);
QIcon volumeStatus(VolumeStatus status);
QIcon jobStatus(JobStatus status);

QColor statusColor(BackupStatus status);
QColor volumeStatusColor(VolumeStatus status);

} // namespace cb::ui::Icons
