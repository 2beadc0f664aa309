#pragma once

#include "Cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace testsupport {

/// One command-line run in-process: exit code, stdout, stderr.
struct CliRun
{
    int code;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = readiness::cli::run(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace testsupport
