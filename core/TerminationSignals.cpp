#include "TerminationSignals.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace readiness {

namespace {
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
std::atomic<int> g_received {0};
std::atomic_bool g_cancel {false};
int g_pipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    // Async-signal-safe only: an atomic store and write(2).
    const int saved = errno;
    g_received.store(signal);
    g_cancel.store(true);
    const char byte = static_cast<char>(signal);
    if (g_pipe[1] >= 0) [[maybe_unused]]
        const auto n = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}
} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    g_received.store(0);
    g_cancel.store(false);
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            while (::read(g_pipe[0], &byte, 1) == 1)
                emit terminationRequested(static_cast<unsigned char>(byte));
        });
    }
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // a write in progress carries on
    for (int s : kSignals)
        ::sigaction(s, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int s : kSignals)
        ::sigaction(s, &action, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

const std::atomic_bool *TerminationSignals::cancelFlag()
{
    return &g_cancel;
}

int TerminationSignals::received()
{
    return g_received.load();
}

} // namespace readiness
