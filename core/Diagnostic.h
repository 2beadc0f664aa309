#pragma once

#include <QString>

namespace readiness {

/// One problem in an input file: where it is and what is wrong.
struct Diagnostic
{
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString path; // JSON path, e.g. sections[2].questions[5].weight
    QString message;

    /// "file:line:column: path: message", leaving out what is unknown.
    QString toString() const;
};

} // namespace readiness
