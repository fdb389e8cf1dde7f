#pragma once

#include "model/Types.h"

#include <QDateTime>
#include <QList>

namespace cb {

// What the console's dashboard shows, over the backups and volumes the
// caller sees (Engine::dashboard()).
struct Dashboard
{
    struct Space
    {
        QString key;  // project name, or volume id
        QString name; // project name, or volume name
        QString project;
        int backups = 0;
        qint64 storedBytes = 0;
        qint64 logicalBytes = 0;
        QDateTime lastSuccess; // the newest available backup; invalid: none
        bool live = true;      // the volume still exists
    };
    struct Point
    {
        QDateTime at;
        qint64 storedBytes = 0; // of the backups kept, created up to `at`
    };

    int backups = 0;
    int volumes = 0;
    // Sums over the backups kept: what a restore of each would write
    // (logical), what was read, what went into the repository (stored:
    // after deduplication and compression).
    qint64 logicalBytes = 0;
    qint64 readBytes = 0;
    qint64 storedBytes = 0;
    // The repository on disk (chunks and indexes); -1 when not counted (an
    // account that sees only some projects, or no repository open).
    qint64 repositoryBytes = -1;
    qint64 chunkCount = -1;
    QList<Space> projects;       // the most space first
    QList<Space> volumeSpace;    // the most space first
    QList<Backup> attention;     // failed and damaged backups, newest first
    QList<Space> volumesWithout; // live volumes with no available backup
    QList<Point> growth;         // at most ~400 points, oldest first

    // logical / stored: how much the repository saves (1: nothing).
    double savingRatio() const { return storedBytes > 0 ? double(logicalBytes) / double(storedBytes) : 0; }
};

} // namespace cb
