#pragma once

// Three yearly assessments of Acme Ltd (and one of another organisation),
// built from the descriptions in tests/compare/data with the `new --from`
// command, each on its own assessment date (a fixed clock). The expected
// figures are computed by hand in tst_compare.cpp.
#include "CliTestSupport.h"
#include "Clock.h"

#include <QDir>
#include <QFile>

namespace testsupport {

struct CompareFixture
{
    QString acme2024;
    QString acme2025;
    QString acme2026;
    QString northwind2025;

    /// Builds the files into @p dir; false (with @p error set) on failure.
    bool build(const QString &dir, QString *error)
    {
        auto make = [&](const char *spec, const char *name, QDateTime at, QString *path) {
            *path = QDir(dir).filePath(QString::fromLatin1(name));
            readiness::FixedClock clock(at);
            readiness::Clock::setCurrent(&clock);
            const CliRun r
                = runCli({QStringLiteral("new"), QStringLiteral("--from"),
                          QStringLiteral(TEST_DATA_DIR "/") + QString::fromLatin1(spec), QStringLiteral("-o"), *path});
            readiness::Clock::setCurrent(nullptr);
            if (r.code != 0)
                *error = r.err;
            return r.code == 0;
        };
        return make("acme-2024.json", "acme-2024.gdpra", QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC), &acme2024)
            && make("acme-2025.json", "acme-2025.gdpra", QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC), &acme2025)
            && make("acme-2026.json", "acme-2026.gdpra", QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), &acme2026)
            && make("northwind-2025.json", "northwind-2025.gdpra", QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC),
                    &northwind2025);
    }
};

} // namespace testsupport
