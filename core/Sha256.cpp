#include "Sha256.h"

#include <openssl/evp.h>

namespace readiness {

struct Sha256::Private
{
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    d->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
}

void Sha256::addData(const char *data, qsizetype size)
{
    EVP_DigestUpdate(d->ctx, data, size_t(size));
}

QString Sha256::finalHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256::hex(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.finalHex();
}

} // namespace readiness
