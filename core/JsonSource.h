#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace readiness {

/// A JSON document parsed with the position of every value kept, so that
/// later checks can say "file:line:column: path: problem". QJsonDocument
/// knows neither positions nor duplicate keys, hence this small parser.
class JsonSource
{
public:
    /// Parses @p bytes (UTF-8). Syntax errors and duplicate keys end up in
    /// diagnostics(); on a syntax error root() is undefined.
    static JsonSource parse(const QByteArray &bytes, const QString &fileName);
    /// Wraps an already parsed value: no positions, no duplicate-key check
    /// (for trusted input, where speed matters and errors are unexpected).
    static JsonSource fromValue(const QJsonValue &root, const QString &fileName);

    const QJsonValue &root() const { return m_root; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return !m_diagnostics.isEmpty(); }

    /// A diagnostic at the value under @p path (or its nearest parent that
    /// has a position).
    Diagnostic diagnosticAt(const QString &path, const QString &message) const;

private:
    friend class JsonSourceParser;
    QPair<int, int> lineColumn(qsizetype offset) const;

    QString m_fileName;
    QJsonValue m_root;
    QHash<QString, qsizetype> m_offsets;
    QList<qsizetype> m_lineStarts;
    QList<Diagnostic> m_diagnostics;
};

} // namespace readiness
