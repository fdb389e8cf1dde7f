#include "Version.h"
#include "cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudbackup"));
    QCoreApplication::setApplicationVersion(cb::app::version());
    QTextStream out(stdout);
    QTextStream err(stderr);
    // runCli installs the language (--lang, else the environment's).
    return runCli(QCoreApplication::arguments().mid(1), out, err);
}
