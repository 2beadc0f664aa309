// The real program as a user or a script meets it: its process, its exit
// status, its stderr and the files it leaves behind. (The command suites
// call the command line in-process; these start the executable.)
#include "../core/TestSupport.h"
#include "TerminationSignals.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

/// The environment of a machine with no display and no XDG_RUNTIME_DIR (a
/// root shell, a container, CI), with the test's own config.
QProcessEnvironment headless(const QString &config)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    return env;
}

Run run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(APP_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList leftovers(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", ".lock"})
        if (QFileInfo::exists(path + QString::fromLatin1(suffix)))
            found << path + QString::fromLatin1(suffix);
    return found;
}
} // namespace

class TestProgram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void reportHeadlessPrintsNoQtWarnings();
    void noDisplayIsAUsageError();
    void unknownCommandIsAUsageError();
    void sigtermClosesTheFileCleanly_data();
    void sigtermClosesTheFileCleanly();
    void terminationSignalReachesTheEventLoop();
    void builtDemoIsReadOnlyAndLeavesNothing();
    void evidenceNameThatIsNotUtf8IsAdded();

private:
    QString demoCopy(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(BUILD_DATA_DIR "/demo/demo.gdpra"), path))
            qFatal("no demo");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestProgram::reportHeadlessPrintsNoQtWarnings()
{
    // The report command builds a QApplication (charts, fonts): without
    // XDG_RUNTIME_DIR, Qt used to warn "QStandardPaths: XDG_RUNTIME_DIR not
    // set" on every run. A command's output is its own.
    const QString path = demoCopy(u"report.gdpra"_s);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    const Run r = run({u"report"_s, path, u"-o"_s, pdf}, headless(m_dir.path()));
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(QFileInfo(pdf).size() > 0);
    for (const QStringList &args :
         {QStringList {u"score"_s, path}, QStringList {u"countdown"_s, u"--to"_s, u"gdpr"_s}}) {
        const Run c = run(args, headless(m_dir.path()));
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.err.isEmpty(), qPrintable(c.err));
    }
}

void TestProgram::noDisplayIsAUsageError()
{
    // No display: no SIGABRT from Qt, but exit 2 and what works headless.
    for (const QStringList &args : {QStringList {}, QStringList {demoCopy(u"nodisplay.gdpra"_s)}}) {
        const Run r = run(args, headless(m_dir.path()));
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no display"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"  report"_s) && r.err.contains(u"  score"_s), qPrintable(r.err));
    }
}

void TestProgram::unknownCommandIsAUsageError()
{
    const QString path = demoCopy(u"verfy.gdpra"_s);
    const QByteArray before = testsupport::fileHash(path);
    for (const QProcessEnvironment &env : {headless(m_dir.path()), QProcessEnvironment::systemEnvironment()}) {
        const Run r = run({u"verfy"_s, path}, env);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown command 'verfy'"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Commands:"_s), qPrintable(r.err));
    }
    QCOMPARE(testsupport::fileHash(path), before);
    QVERIFY(leftovers(path).isEmpty());
}

void TestProgram::sigtermClosesTheFileCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestProgram::sigtermClosesTheFileCleanly()
{
    // The application with a file open is stopped by a signal (a logout, a
    // `kill`, Ctrl+C in the terminal): it quits as from the menu, leaving
    // no -wal, -shm or .lock beside the file, and the file intact.
    QFETCH(int, signal);
    const QString path = demoCopy(u"signal.gdpra"_s);
    QProcessEnvironment env = headless(m_dir.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(APP_BINARY), {path});
    QVERIFY(app.waitForStarted());
    // Open: the lock file and the WAL are there while the file is in use.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path + u".lock"_s) && QFileInfo::exists(path + u"-wal"_s), 30000);
    QTest::qWait(300);
    ::kill(static_cast<pid_t>(app.processId()), signal);
    QVERIFY(app.waitForFinished(30000));
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QVERIFY2(app.exitCode() == 0, qPrintable(err));
    QVERIFY2(leftovers(path).isEmpty(), qPrintable(leftovers(path).join(u", "_s)));
    // And the file is a healthy assessment.
    const Run score = run({u"score"_s, path}, headless(m_dir.path()));
    QVERIFY2(score.exitCode == 0, qPrintable(score.err));
}

void TestProgram::terminationSignalReachesTheEventLoop()
{
    // In-process: the handler only records the signal; the Qt signal comes
    // from the event loop, where closing files is safe.
    TerminationSignals termination;
    QSignalSpy spy(&termination, &TerminationSignals::terminationRequested);
    QCOMPARE(TerminationSignals::received(), 0);
    ::raise(SIGHUP);
    QCOMPARE(TerminationSignals::received(), int(SIGHUP)); // what a command line run checks
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), int(SIGHUP));
    QCOMPARE(TerminationSignals::exitStatus(SIGTERM), 143);
}

void TestProgram::builtDemoIsReadOnlyAndLeavesNothing()
{
    // The demo in the build tree is what `find build -name '*.gdpra'`
    // turns up: it is read-only, and reading it in place leaves no -wal or
    // -shm beside it (a rollback journal, not WAL).
    const QString demo = QStringLiteral(BUILD_DATA_DIR "/demo/demo.gdpra");
    QCOMPARE(QFileInfo(demo).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QByteArray before = testsupport::fileHash(demo);
    const Run r = run({u"score"_s, demo}, headless(m_dir.path()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(testsupport::fileHash(demo), before);
    QVERIFY2(!QFileInfo::exists(demo + u"-wal"_s) && !QFileInfo::exists(demo + u"-shm"_s),
             "a read of the demo left a WAL beside it");
}

// A file named with byte 0xFF (not UTF-8), given on a real command line:
// bash passes the byte as it is (QProcess would decode it away). It is
// added, under a name that shows the byte as U+FFFD. The script removes the
// file itself: QTemporaryDir cannot name it and would leave its folder behind.
void TestProgram::evidenceNameThatIsNotUtf8IsAdded()
{
    const QString path = demoCopy(u"raw-name.gdpra"_s);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessEnvironment(headless(m_dir.path()));
    const QString script = u"printf 'consent wording\\n' > $'caf\\xff.txt' && \"$0\" evidence add \"$1\" "
                           "gdpr-principles:lawfulness.consent-valid $'caf\\xff.txt'; "
                           "status=$?; rm -f $'caf\\xff.txt'; exit $status"_s;
    p.start(u"bash"_s, {u"-c"_s, script, QStringLiteral(APP_BINARY), path});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(u"Added caf\uFFFD.txt ("_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestProgram)
#include "tst_program.moc"
