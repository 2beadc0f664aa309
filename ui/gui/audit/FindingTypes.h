#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace readiness::ui {

/// The finding types of the data audit as the page shows them: the nine
/// per-record ones (bits 0-8, crm::RecordFinding) and the six per-address
/// ones of the Mailchimp cross-check (bits 16-21, crm::AddressFinding << 16),
/// so one 32-bit mask holds a row's findings.
class FindingTypes final
{
    Q_DECLARE_TR_FUNCTIONS(readiness::ui::FindingTypes)

public:
    static constexpr int kAddressShift = 16;

    /// Every type (its bit number), the most serious first: what re-opens
    /// marketing to someone who objected comes before data quality.
    static const QList<int> &bySeverity();
    /// Position in bySeverity() of the most serious type in @p mask.
    static int severityRank(quint32 mask);
    static bool isAddressType(int type) { return type >= kAddressShift; }
    static quint32 bit(int type) { return quint32(1) << type; }

    /// Short, translated name (chart, filter, table).
    static QString title(int type);
    /// The engine's key ("consent_conflict", "crm_blocks_mc_subscribed").
    static QString key(int type);
    /// The engine's description and the law it relates to.
    static QString description(int type);
    static QString law(int type);
    /// Titles of the types in @p mask, most serious first.
    static QStringList titles(quint32 mask);
};

} // namespace readiness::ui
