#pragma once

#include "../core/TestSupport.h"
#include "DemoAssessment.h"
#include "Prompt.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace readiness::ui::test {

/// Settings and app data in the test's own locations, prompts answered by
/// the test: nothing touches the user's files or waits for a click.
inline void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("gdpr-readiness-tests"));
    // One location per suite: CTest runs the suites in parallel, and each
    // clears its own settings and app data (where demo copies are opened).
    QCoreApplication::setApplicationName(QStringLiteral("gui-tests-")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
    // Test mode: this is ~/.qttest/..., never the user's data.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Prompt::presetAnswers({});
    Prompt::presetFileNames({});
    Prompt::presetDialogHandler({});
}

/// isolate(), with the English interface (its file holds the plural forms
/// the tests compare against).
inline void isolateInEnglish()
{
    isolate();
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

/// Any warning fails the test, except the offscreen platform's note that
/// it cannot propagate size hints (not a defect of ours). Call in init().
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
}

/// A fresh writable copy of the bundled demo in @p dir.
inline QString demoCopy(const QTemporaryDir &dir)
{
    auto path = DemoAssessment::makeWritableCopy(dir.path());
    if (!path)
        qFatal("demo copy failed: %s", qPrintable(path.error().toString()));
    return *path;
}

using testsupport::fileHash;

} // namespace readiness::ui::test
