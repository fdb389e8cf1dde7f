#pragma once

#include <QStringList>
#include <QTextStream>

// cloudbackupctl: parses the command line and runs one command. Returns the
// process exit status (0 success, 1 failure, 2 usage error).
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);
