#pragma once

#include "Questionnaire.h"

#include <QString>
#include <QStringList>

namespace testsupport {

/// Bundled questionnaires whose German text is known to be incomplete. The
/// German edition (issue 13) expects this list to be empty; a questionnaire
/// on it is still checked, and the tests fail once it is complete so that
/// it is taken off the list.
inline const QStringList kNotYetGerman = {};

/// Every translatable text of @p q without a German form, as paths such as
/// "sections[2].questions[4].guidance". Empty texts need no translation.
inline QStringList missingGerman(const readiness::Questionnaire &q)
{
    QStringList missing;
    const auto check = [&](const readiness::LocalizedText &text, const QString &path) {
        if (!text.isEmpty() && !text.text(QStringLiteral("en")).trimmed().isEmpty()
            && !text.hasLanguage(QStringLiteral("de")))
            missing << path;
    };
    check(q.title, QStringLiteral("title"));
    check(q.description, QStringLiteral("description"));
    for (int i = 0; i < q.scale.levels.size(); ++i) {
        check(q.scale.levels.at(i).label, QStringLiteral("scale.levels[%1].label").arg(i));
        check(q.scale.levels.at(i).description, QStringLiteral("scale.levels[%1].description").arg(i));
    }
    check(q.scale.naLabel, QStringLiteral("scale.na_label"));
    for (int s = 0; s < q.sections.size(); ++s) {
        const readiness::Section &section = q.sections.at(s);
        const QString sp = QStringLiteral("sections[%1]").arg(s);
        check(section.title, sp + QStringLiteral(".title"));
        check(section.description, sp + QStringLiteral(".description"));
        for (int k = 0; k < section.questions.size(); ++k) {
            const readiness::Question &question = section.questions.at(k);
            const QString qp = sp + QStringLiteral(".questions[%1] (%2)").arg(k).arg(question.id);
            check(question.text, qp + QStringLiteral(".text"));
            check(question.guidance, qp + QStringLiteral(".guidance"));
            check(question.evidenceHint, qp + QStringLiteral(".evidence.hint"));
            check(question.remediation, qp + QStringLiteral(".remediation"));
            for (int o = 0; o < question.options.size(); ++o)
                check(question.options.at(o).label, qp + QStringLiteral(".options[%1].label").arg(o));
        }
    }
    return missing;
}

} // namespace testsupport
