#pragma once

#include "AssessmentRecords.h"
#include "Result.h"

#include <functional>

class QIODevice;

namespace readiness {

class AssessmentRepository;

/// Evidence bytes inside the assessment file, streamed in 1 MiB chunks so
/// that importing or exporting a large file needs bounded memory.
class EvidenceStore final
{
public:
    static constexpr qint64 kChunkSize = 1024 * 1024;
    static constexpr qint64 kDefaultSizeLimit = 100 * 1024 * 1024;

    /// Called with bytes done and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Target
    {
        qint64 assessmentId = 0;
        qint64 questionnaireRef = 0;
        QString questionId;
    };

    explicit EvidenceStore(AssessmentRepository &repository);

    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
    qint64 sizeLimit() const { return m_sizeLimit; }

    /// Imports the file at @p path in one transaction: either the whole
    /// record with every byte, or nothing (error, over the limit, cancelled).
    Result<EvidenceRecord> import(const Target &target, const QString &path, const Progress &progress = {});
    /// Writes the stored bytes to @p out and checks them against the SHA-256.
    Status exportTo(qint64 evidenceId, QIODevice &out, const Progress &progress = {}) const;
    /// Writes the evidence to the file @p path atomically (QSaveFile): on
    /// any error nothing is left at @p path and an existing file is kept.
    Status exportToFile(qint64 evidenceId, const QString &path, const Progress &progress = {}) const;

private:
    AssessmentRepository &m_repository;
    qint64 m_sizeLimit = kDefaultSizeLimit;
};

/// "12.3 MiB" and the like.
QString formatByteSize(qint64 bytes);

} // namespace readiness
