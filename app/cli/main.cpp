#include "cli/Cli.h"
#include "i18n/Language.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudbackup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDBACKUP_VERSION));
    QStringList args = QCoreApplication::arguments();
    cb::i18n::install(cb::i18n::languageFromArgs(args));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runCli(args.mid(1), out, err);
}
