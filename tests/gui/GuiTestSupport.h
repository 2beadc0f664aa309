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
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

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

/// Where screenshots go: docs/screenshots with UPDATE_SCREENSHOTS=1 (for the
/// documentation), else a folder in @p scratch.
inline QString screenshotDir(const QTemporaryDir &scratch)
{
    const QString dir = qEnvironmentVariable("UPDATE_SCREENSHOTS") == QStringLiteral("1")
        ? QStringLiteral(SOURCE_DIR "/docs/screenshots")
        : scratch.filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

/// Saves @p window as @p dir/@p name.png after checking it is a real
/// picture at 1280x800: many distinct colours, not a blank window.
inline void saveScreenshot(QWidget &window, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 colours only").arg(colours.size())));
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY(image.save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
}

using testsupport::fileHash;

} // namespace readiness::ui::test
