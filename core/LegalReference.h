#pragma once

#include <QString>
#include <QStringList>

namespace readiness {

/// Shows a questionnaire's legal references the way a reader of the
/// language cites them. Questionnaires store one canonical English form
/// ("GDPR Art 5(1)(a)", "BDSG § 38(1)"); German readers expect
/// "Art. 5 Abs. 1 lit. a DSGVO" and "§ 38 Abs. 1 BDSG".
class LegalReference final
{
public:
    /// @p reference in the citation style of @p language ("en": unchanged;
    /// "de": German). A form it does not know passes unchanged.
    static QString display(const QString &reference, const QString &language);
    static QStringList display(const QStringList &references, const QString &language);
};

} // namespace readiness
