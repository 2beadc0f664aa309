#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace readiness {

/// Incremental SHA-256. Uses OpenSSL (SHA-NI where the CPU has it), since
/// QCryptographicHash in Qt 6.4 is several times slower on large evidence.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    /// Lower-case hex digest; the object cannot be used afterwards.
    QString finalHex();

    static QString hex(const QByteArray &data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace readiness
