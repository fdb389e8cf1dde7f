#pragma once

#include <QStringList>
#include <QTextStream>

// cloudbackupctl: installs the language, parses the command line and runs one
// command. Returns the process exit status (0 success, 1 failure, 2 usage
// error, 3 not permitted).
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);
