#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gdpr-readiness"));
    QCoreApplication::setOrganizationName(QStringLiteral("GDPR Readiness"));
    QCoreApplication::setApplicationVersion(QStringLiteral(READINESS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return readiness::cli::run(app.arguments().mid(1), {out, err});
}
