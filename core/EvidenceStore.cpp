#include "EvidenceStore.h"

#include "AssessmentRepository.h"
#include "InputFile.h"
#include "NativePath.h"
#include "OutputPathGuard.h"
#include "Sha256.h"
#include "StorageError.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::EvidenceStore)
};

} // namespace

QString formatByteSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

EvidenceStore::EvidenceStore(AssessmentRepository &repository)
    : m_repository(repository)
{ }

Result<EvidenceRecord> EvidenceStore::import(const Target &target, const QString &path, const Progress &progress)
{
    // Opened by its own bytes (a name that is not UTF-8 is kept by
    // NativePath and still opens) and only if it is a regular file: a FIFO
    // would block, a device never end. Messages and the stored name show
    // bytes that are not UTF-8 as U+FFFD.
    const QString native = QDir::toNativeSeparators(NativePath::displayText(path));
    auto opened = InputFile::open(path, InputFile::kNoLimit, Text::tr("evidence file"));
    if (!opened)
        return opened.error();
    QFile &in = **opened;
    const qint64 total = in.size();
    auto overLimit = [&](qint64 size) {
        return makeError(Text::tr("%1 is %2, over the evidence size limit of %3; nothing was added")
                             .arg(native, formatByteSize(size), formatByteSize(m_sizeLimit)));
    };
    if (total > m_sizeLimit)
        return overLimit(total);

    EvidenceRecord record;
    record.questionnaireRef = target.questionnaireRef;
    record.questionId = target.questionId;
    record.name = UntrustedText::fileBaseName(NativePath::displayText(QFileInfo(path).fileName()));
    // By name and content, read from the open file (the path may not be
    // one Qt can open).
    record.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(record.name, &in).name();
    if (!in.seek(0))
        return makeError(Text::tr("cannot read %1: %2").arg(native, in.errorString()));
    record.addedBy = m_repository.actor();
    bool cancelled = false;

    // Large imports would otherwise run the automatic checkpoint inside
    // the transaction's commit, writing every byte twice while the user
    // waits; the checkpoint runs in the background afterwards instead.
    const bool large = total > 4 * kChunkSize;
    if (large)
        (void)m_repository.run(u"PRAGMA wal_autocheckpoint = 0"_s);
    Status s = m_repository.file().write([&]() -> Status {
        const QString addedAt = m_repository.now();
        record.addedAt = QDateTime::fromString(addedAt, Qt::ISODateWithMs);
        auto insert = m_repository.run(
            u"INSERT INTO evidence (assessment_id, questionnaire_id, question_id, name, mime_type, size, sha256,"
            " added_at, added_by) VALUES (?, ?, ?, ?, ?, 0, '', ?, ?)"_s,
            {target.assessmentId, target.questionnaireRef, target.questionId, record.name, record.mimeType, addedAt,
             record.addedBy});
        if (!insert)
            return insert.error();
        record.id = insert->lastInsertId().toLongLong();

        Sha256 hash;
        QByteArray buffer(kChunkSize, Qt::Uninitialized);
        qint64 done = 0;
        for (qint64 seq = 0;; ++seq) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return makeError(Text::tr("cannot read %1: %2").arg(native, in.errorString()));
            if (n == 0)
                break;
            done += n;
            if (done > m_sizeLimit) // the file grew while we read it
                return overLimit(done);
            hash.addData(buffer.constData(), n);
            // fromRawData: bind without copying the chunk.
            auto chunk = m_repository.run(u"INSERT INTO evidence_chunk (evidence_id, seq, data) VALUES (?, ?, ?)"_s,
                                          {record.id, seq, QByteArray::fromRawData(buffer.constData(), n)});
            if (!chunk)
                return chunk.error();
            if (progress && !progress(done, total)) {
                cancelled = true;
                return makeError(Text::tr("import of %1 cancelled; nothing was added").arg(native));
            }
        }
        record.size = done;
        record.sha256 = hash.finalHex();
        auto update = m_repository.run(u"UPDATE evidence SET size = ?, sha256 = ? WHERE id = ?"_s,
                                       {record.size, record.sha256, record.id});
        if (!update)
            return update.error();
        return m_repository.log(u"add"_s, u"evidence"_s, QString::number(record.id),
                                QString::fromUtf8(QJsonDocument(QJsonObject {{u"name"_s, record.name},
                                                                             {u"sha256"_s, record.sha256},
                                                                             {u"question"_s, record.questionId}})
                                                      .toJson(QJsonDocument::Compact)),
                                {},
                                m_repository.rowJson(u"SELECT name, sha256, size, removed_at IS NOT NULL AS removed"
                                                     " FROM evidence WHERE id = ?"_s,
                                                     {record.id}));
    });
    Q_UNUSED(cancelled);
    if (large) {
        (void)m_repository.run(u"PRAGMA wal_autocheckpoint = 1000"_s);
        m_repository.file().checkpointInBackground();
    }
    if (!s)
        return s.error();
    return record;
}

Status EvidenceStore::exportToFile(qint64 evidenceId, const QString &path, const Progress &progress) const
{
    // A name proposed by the file, or a slip in the save dialog, must not
    // replace the open assessment with one of its own attachments.
    if (Status s = OutputPathGuard::check(path, m_repository.file().path()); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status s = exportTo(evidenceId, file, progress); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return makeError(StorageError::writeFailed(path, file.errorString()));
    return success();
}

Status EvidenceStore::exportTo(qint64 evidenceId, QIODevice &out, const Progress &progress) const
{
    auto meta = m_repository.run(u"SELECT size, sha256, name FROM evidence WHERE id = ?"_s, {evidenceId});
    if (!meta)
        return meta.error();
    if (!meta->next())
        return makeError(Text::tr("no evidence %1 in this file").arg(evidenceId));
    const qint64 size = meta->value(0).toLongLong();
    const QString expected = meta->value(1).toString();
    const QString name = meta->value(2).toString();
    meta->finish();

    Sha256 hash;
    qint64 done = 0;
    // One chunk at a time: a single SELECT of all chunks would make the
    // driver hold every BLOB it has stepped over.
    for (qint64 seq = 0; done < size; ++seq) {
        auto chunk = m_repository.run(u"SELECT data FROM evidence_chunk WHERE evidence_id = ? AND seq = ?"_s,
                                      {evidenceId, seq});
        if (!chunk)
            return chunk.error();
        if (!chunk->next())
            return makeError(Text::tr("evidence '%1' is incomplete in the file (chunk %2 missing)").arg(name).arg(seq));
        const QByteArray data = chunk->value(0).toByteArray();
        hash.addData(data);
        if (out.write(data) != data.size())
            return makeError(Text::tr("cannot write '%1': %2").arg(name, out.errorString()));
        done += data.size();
        if (progress && !progress(done, size))
            return makeError(Text::tr("export of '%1' cancelled").arg(name));
    }
    if (hash.finalHex() != expected)
        return makeError(Text::tr("evidence '%1' does not match its SHA-256; the stored copy is damaged").arg(name));
    return success();
}

} // namespace readiness
