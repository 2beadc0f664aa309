#pragma once

#include "CrmAudit.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace readiness::ui {

/// The files of one data audit as the user dropped or chose them, each put
/// in its role by its header: the contacts export (Dynamics 365, or another
/// CRM with a column mapping), the consent-event log, Mailchimp exports.
class AuditInputFiles final
{
    Q_DECLARE_TR_FUNCTIONS(readiness::ui::AuditInputFiles)

public:
    enum class Kind { DynamicsContacts, OtherContacts, ConsentLog, Mailchimp, Unreadable };

    struct Recognised
    {
        Kind kind = Kind::Unreadable;
        QStringList header;
        QString problem; // why it is Unreadable
    };
    /// Reads the header of @p path (a CSV) or takes a .zip as Mailchimp's.
    static Recognised recognise(const QString &path);

    /// Puts @p path in the role its header says (a second contacts file
    /// replaces the first; the same file twice is kept once). Returns what
    /// it was taken for.
    Recognised add(const QString &path);
    void remove(const QString &path);
    void clear();

    QString contacts() const { return m_contacts; }
    /// The header of the contacts file (for the column-mapping dialog).
    QStringList contactsHeader() const { return m_contactsHeader; }
    bool contactsNeedMapping() const { return !m_contacts.isEmpty() && !m_dynamics; }
    QString consentLog() const { return m_consentLog; }
    QStringList mailchimp() const { return m_mailchimp; }
    /// Every file, contacts first.
    QStringList all() const;

    void setMapping(const crm::ColumnMapping &mapping) { m_mapping = mapping; }
    const std::optional<crm::ColumnMapping> &mapping() const { return m_mapping; }

    /// A contacts file, and a mapping when it is not a Dynamics 365 export.
    bool ready() const { return !m_contacts.isEmpty() && (m_dynamics || m_mapping); }
    crm::AuditInputs inputs() const;

private:
    QString m_contacts;
    QStringList m_contactsHeader;
    bool m_dynamics = false;
    QString m_consentLog;
    QStringList m_mailchimp;
    std::optional<crm::ColumnMapping> m_mapping;
};

} // namespace readiness::ui
