#pragma once

#include "engine/Engine.h"

namespace cb::ui::demo {

// Creates a few file volumes with data and a history of full and incremental
// backups (two chains on one volume, tags, a second project), so a new user
// can try every action at once. Skips volumes that already exist. Blocking:
// run it through a Job.
Result<QString> create(Engine &engine, JobControl &control);

// True when the home has neither volumes nor backups.
bool isEmptyHome(const QList<Volume> &volumes, int backupCount);

} // namespace cb::ui::demo
