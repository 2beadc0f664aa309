#pragma once

#include <QObject>

#include <atomic>

class QSocketNotifier;

namespace readiness {

/// SIGTERM, SIGINT and SIGHUP handled as a normal quit: the signal handler
/// only records the signal and wakes the event loop (a self-pipe), so that
/// the program closes its assessment as on any quit — the last transaction
/// committed, the WAL checkpointed, the lock file removed — instead of
/// dying with -wal, -shm and .lock files left beside the file.
/// One instance at a time; the default actions come back when it goes.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    /// The last signal received, 0 for none: for code that runs without an
    /// event loop (a command-line command checks it when it ends).
    static int received();
    /// Set by any of the three signals: long work without an event loop
    /// (the CRM audit) passes it as its cancel flag.
    static const std::atomic_bool *cancelFlag();
    /// The exit status a program ends with after @p signal: 128 + signal.
    static int exitStatus(int signal) { return 128 + signal; }

signals:
    /// Emitted from the event loop, never from the signal handler.
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace readiness
