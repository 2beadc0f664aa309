#include "FindingTypes.h"

#include "AuditRules.h"

namespace readiness::ui {

namespace {
constexpr int A = FindingTypes::kAddressShift;
}

const QList<int> &FindingTypes::bySeverity()
{
    // Bits: record 0 duplicate, 1 consent conflict, 2 stale, 3 invalid
    // e-mail, 4 invalid phone, 5 questionable phone, 6 consent unprovable,
    // 7 opt-out ignored, 8 out of order; address 0 CRM allows / MC
    // unsubscribed, 1 cleaned, 2 CRM blocks / MC subscribed, 3 not in CRM,
    // 4 single opt-in, 5 confirm before opt-in.
    static const QList<int> order {A + 2, 1, 7, A + 0, 6, A + 1, 0, 8, 2, 3, 4, 5, A + 3, A + 4, A + 5};
    return order;
}

int FindingTypes::severityRank(quint32 mask)
{
    const QList<int> &order = bySeverity();
    for (int i = 0; i < order.size(); ++i)
        if (mask & bit(order[i]))
            return i;
    return int(order.size());
}

QString FindingTypes::title(int type)
{
    switch (type) {
    case 0:
        return tr("Duplicates");
    case 1:
        return tr("Consent conflict");
    case 2:
        return tr("Stale");
    case 3:
        return tr("Invalid e-mail");
    case 4:
        return tr("Invalid phone");
    case 5:
        return tr("Questionable phone");
    case 6:
        return tr("Consent unprovable");
    case 7:
        return tr("Opt-out ignored");
    case 8:
        return tr("Consent out of order");
    case A + 0:
        return tr("Opt-out not synced to CRM");
    case A + 1:
        return tr("Bounced, still marketable");
    case A + 2:
        return tr("Suppression not in Mailchimp");
    case A + 3:
        return tr("In Mailchimp only");
    case A + 4:
        return tr("Single opt-in");
    case A + 5:
        return tr("Opt-in after confirmation");
    default:
        return QString();
    }
}

namespace {
const crm::FindingInfo &info(int type)
{
    return FindingTypes::isAddressType(type) ? crm::addressFindingInfo(type - A) : crm::recordFindingInfo(type);
}
} // namespace

QString FindingTypes::key(int type)
{
    return QString::fromUtf8(info(type).key);
}

// The engine's title and law are English (stored with the run); their
// German forms are in the engine's context.
QString FindingTypes::description(int type)
{
    return QCoreApplication::translate("readiness::crm::AuditRules", info(type).title);
}

QString FindingTypes::law(int type)
{
    return QCoreApplication::translate("readiness::crm::AuditRules", info(type).law);
}

QStringList FindingTypes::titles(quint32 mask)
{
    QStringList out;
    for (const int type : bySeverity())
        if (mask & bit(type))
            out << title(type);
    return out;
}

} // namespace readiness::ui
