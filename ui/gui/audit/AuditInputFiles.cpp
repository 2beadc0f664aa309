#include "AuditInputFiles.h"

#include "ByteSource.h"
#include "CsvReader.h"
#include "NativePath.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
bool hasAll(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names)
        if (!header.contains(name, Qt::CaseInsensitive))
            return false;
    return true;
}
} // namespace

AuditInputFiles::Recognised AuditInputFiles::recognise(const QString &path)
{
    const QFileInfo info(path);
    if (!NativePath::status(path).isFile) // by its bytes: a name that is not UTF-8 too
        return {Kind::Unreadable, {}, tr("“%1” is not a file.").arg(NativePath::displayText(info.fileName()))};
    // Mailchimp delivers its exports as one zip; the engine checks its members.
    if (info.suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0)
        return {Kind::Mailchimp, {}, {}};
    auto source = crm::openFileSource(path);
    if (!source)
        return {Kind::Unreadable, {}, source.error().message};
    crm::CsvReader reader(**source);
    if (Status s = reader.readHeader(); !s)
        return {Kind::Unreadable, {}, s.error().message};
    QStringList header = reader.header();
    for (QString &h : header)
        h = h.trimmed();
    if (hasAll(header, {u"(Do Not Modify) Contact"_s, u"Email"_s, u"Do not allow Emails"_s}))
        return {Kind::DynamicsContacts, header, {}};
    if (hasAll(header, {u"Contact"_s, u"Channel"_s, u"Event"_s, u"Timestamp"_s}))
        return {Kind::ConsentLog, header, {}};
    if (hasAll(header, {u"Email Address"_s}) && (hasAll(header, {u"LEID"_s}) || hasAll(header, {u"OPTIN_TIME"_s})))
        return {Kind::Mailchimp, header, {}};
    // Any other table is taken for another CRM's contacts: its columns are
    // mapped onto the audit's roles by the user.
    return {Kind::OtherContacts, header, {}};
}

AuditInputFiles::Recognised AuditInputFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Recognised r = recognise(absolute);
    switch (r.kind) {
    case Kind::DynamicsContacts:
    case Kind::OtherContacts:
        if (m_contacts != absolute || m_dynamics != (r.kind == Kind::DynamicsContacts))
            m_mapping.reset(); // a mapping belongs to the file it was made for
        m_contacts = absolute;
        m_contactsHeader = r.header;
        m_dynamics = r.kind == Kind::DynamicsContacts;
        break;
    case Kind::ConsentLog:
        m_consentLog = absolute;
        break;
    case Kind::Mailchimp:
        if (!m_mailchimp.contains(absolute))
            m_mailchimp.append(absolute);
        break;
    case Kind::Unreadable:
        break;
    }
    return r;
}

void AuditInputFiles::remove(const QString &path)
{
    if (path == m_contacts) {
        m_contacts.clear();
        m_contactsHeader.clear();
        m_dynamics = false;
        m_mapping.reset();
    }
    if (path == m_consentLog)
        m_consentLog.clear();
    m_mailchimp.removeAll(path);
}

void AuditInputFiles::clear()
{
    *this = AuditInputFiles();
}

QStringList AuditInputFiles::all() const
{
    QStringList files;
    if (!m_contacts.isEmpty())
        files << m_contacts;
    if (!m_consentLog.isEmpty())
        files << m_consentLog;
    return files + m_mailchimp;
}

crm::AuditInputs AuditInputFiles::inputs() const
{
    crm::AuditInputs in;
    in.contacts = m_contacts;
    in.consentLog = m_consentLog;
    in.mailchimp = m_mailchimp;
    if (!m_dynamics)
        in.mapping = m_mapping;
    return in;
}

} // namespace readiness::ui
