#include "ColumnMappingDialog.h"

#include "PlainText.h"
#include "SavedMappings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

using crm::ContactRole;

namespace {
constexpr int kRoleCount = int(ContactRole::Count);

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u','))
        out << part.trimmed();
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QString joinArray(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &v : value.toArray())
        parts << v.toString();
    return parts.join(u", "_s);
}

// Headers other CRMs and spreadsheets commonly use for each role, compared
// case-insensitively without spaces, dots, underscores and hyphens.
QStringList synonyms(ContactRole role)
{
    switch (role) {
    case ContactRole::Id:
        return {u"(donotmodify)contact"_s, u"id"_s, u"recordid"_s, u"contactid"_s};
    case ContactRole::FirstName:
        return {u"firstname"_s, u"givenname"_s, u"forename"_s};
    case ContactRole::LastName:
        return {u"lastname"_s, u"surname"_s, u"familyname"_s};
    case ContactRole::Email:
        return {u"email"_s, u"emailaddress"_s, u"email1"_s};
    case ContactRole::BusinessPhone:
        return {u"businessphone"_s, u"phone"_s, u"phonenumber"_s, u"workphone"_s};
    case ContactRole::MobilePhone:
        return {u"mobilephone"_s, u"mobile"_s, u"mobilephonenumber"_s, u"cell"_s};
    case ContactRole::Company:
        return {u"companyname"_s, u"company"_s, u"accountname"_s, u"organisation"_s};
    case ContactRole::Postcode:
        return {u"postcode"_s, u"zip"_s, u"postalcode"_s, u"mailingpostalcode"_s};
    case ContactRole::Country:
        return {u"country"_s, u"countryregion"_s, u"mailingcountry"_s};
    case ContactRole::City:
        return {u"city"_s, u"town"_s, u"mailingcity"_s};
    case ContactRole::DoNotEmail:
        return {u"donotallowemails"_s, u"emailoptout"_s, u"donotemail"_s};
    case ContactRole::DoNotBulkEmail:
        return {u"donotallowbulkemails"_s, u"hasoptedoutofemail"_s, u"unsubscribedfromallemail"_s};
    case ContactRole::DoNotPhone:
        return {u"donotallowphonecalls"_s, u"donotcall"_s};
    case ContactRole::DoNotMail:
        return {u"donotallowmails"_s, u"donotmail"_s};
    case ContactRole::DoNotFax:
        return {u"donotallowfaxes"_s, u"faxoptout"_s};
    case ContactRole::Status:
        return {u"status"_s, u"leadstatus"_s};
    case ContactRole::ModifiedOn:
        return {u"modifiedon"_s, u"lastmodified"_s, u"lastmodifieddate"_s, u"updatedat"_s};
    case ContactRole::LastCampaign:
        return {u"lastdateincludedincampaign"_s, u"lastcampaign"_s};
    case ContactRole::Count:
        break;
    }
    return {};
}

QString squeeze(const QString &header)
{
    QString out;
    for (const QChar c : header.toLower())
        if (!c.isSpace() && c != u'.' && c != u'_' && c != u'-' && c != u':' && c != u'/')
            out += c;
    return out;
}
} // namespace

QString ColumnMappingDialog::roleName(ContactRole role)
{
    switch (role) {
    case ContactRole::Id:
        return tr("Record id");
    case ContactRole::FirstName:
        return tr("First name");
    case ContactRole::LastName:
        return tr("Last name");
    case ContactRole::Email:
        return tr("E-mail");
    case ContactRole::BusinessPhone:
        return tr("Business phone");
    case ContactRole::MobilePhone:
        return tr("Mobile phone");
    case ContactRole::Company:
        return tr("Company");
    case ContactRole::Postcode:
        return tr("Postcode");
    case ContactRole::Country:
        return tr("Country");
    case ContactRole::City:
        return tr("City");
    case ContactRole::DoNotEmail:
        return tr("No e-mails");
    case ContactRole::DoNotBulkEmail:
        return tr("No bulk e-mails");
    case ContactRole::DoNotPhone:
        return tr("No phone calls");
    case ContactRole::DoNotMail:
        return tr("No post");
    case ContactRole::DoNotFax:
        return tr("No faxes");
    case ContactRole::Status:
        return tr("Status");
    case ContactRole::ModifiedOn:
        return tr("Last modified");
    case ContactRole::LastCampaign:
        return tr("Last included in a campaign");
    case ContactRole::Count:
        break;
    }
    return QString();
}

ColumnMappingDialog::ColumnMappingDialog(const QStringList &header, SavedMappings &store, QWidget *parent)
    : QDialog(parent)
    , m_header(header)
    , m_store(store)
    , m_saved(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_dateFormat(new QLineEdit(u"dd/MM/yyyy HH:mm"_s, this))
    , m_doNotAllow(new QLineEdit(u"Do Not Allow, true, yes, 1"_s, this))
    , m_allow(new QLineEdit(u"Allow, false, no, 0, "_s, this))
    , m_inactive(new QLineEdit(u"Inactive"_s, this))
    , m_problem(PlainText::label(new QLabel(this)))
{
    setWindowTitle(tr("Column mapping"));
    auto *intro = new QLabel(tr("This contacts file is not a Dynamics 365 export. Choose which of its columns "
                                "holds each item the audit checks; items marked * are required. The mapping is "
                                "saved under its name and offered again for the next export."),
                             this);
    intro->setWordWrap(true);
    m_saved->addItem(tr("(new mapping)"));
    m_saved->addItems(store.names());
    m_saved->setAccessibleName(tr("Saved mappings"));
    m_name->setAccessibleName(tr("Mapping name"));
    m_name->setPlaceholderText(tr("e.g. HubSpot contacts"));

    auto *top = new QFormLayout;
    top->addRow(tr("&Saved mapping:"), m_saved);
    top->addRow(tr("&Name:"), m_name);

    auto *form = new QFormLayout;
    for (int r = 0; r < kRoleCount; ++r) {
        const auto role = ContactRole(r);
        auto *box = new QComboBox(this);
        box->addItem(tr("(not in this file)"), QString());
        for (const QString &column : header)
            box->addItem(column, column); // a combo box shows its text as written
        const QString name = roleName(role) + (crm::ColumnMapping::required(role) ? u" *"_s : QString());
        box->setAccessibleName(crm::ColumnMapping::required(role) ? tr("%1 (required)").arg(roleName(role))
                                                                  : roleName(role));
        m_columns[size_t(r)] = box;
        form->addRow(name + u':', box);
    }
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_doNotAllow->setAccessibleName(tr("Values meaning do not allow"));
    m_allow->setAccessibleName(tr("Values meaning allow"));
    m_inactive->setAccessibleName(tr("Values meaning inactive"));
    form->addRow(tr("Date format:"), m_dateFormat);
    form->addRow(tr("“Do not allow” values:"), m_doNotAllow);
    form->addRow(tr("“Allow” values:"), m_allow);
    form->addRow(tr("Inactive status values:"), m_inactive);

    auto *inner = new QWidget;
    inner->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #C0392B"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and use"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saved, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            load(m_store.json(m_saved->itemText(index)));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 640);
    guessColumns();
}

void ColumnMappingDialog::guessColumns()
{
    for (int r = 0; r < kRoleCount; ++r) {
        const QStringList names = synonyms(ContactRole(r));
        for (int i = 0; i < m_header.size(); ++i)
            if (names.contains(squeeze(m_header.at(i)))) {
                m_columns[size_t(r)]->setCurrentIndex(i + 1);
                break;
            }
    }
}

QJsonObject ColumnMappingDialog::toJson() const
{
    QJsonObject columns;
    for (int r = 0; r < kRoleCount; ++r) {
        const QString column = m_columns[size_t(r)]->currentData().toString();
        if (!column.isEmpty())
            columns.insert(crm::ColumnMapping::roleKey(ContactRole(r)), column);
    }
    return QJsonObject {{u"name"_s, m_name->text().trimmed()},
                        {u"dateFormat"_s, m_dateFormat->text().trimmed()},
                        {u"columns"_s, columns},
                        {u"doNotAllowValues"_s, toArray(splitList(m_doNotAllow->text()))},
                        {u"allowValues"_s, toArray(splitList(m_allow->text()))},
                        {u"inactiveValues"_s, toArray(splitList(m_inactive->text()))}};
}

void ColumnMappingDialog::load(const QJsonObject &json)
{
    m_name->setText(json.value("name"_L1).toString());
    const QJsonObject columns = json.value("columns"_L1).toObject();
    for (int r = 0; r < kRoleCount; ++r) {
        QComboBox *box = m_columns[size_t(r)];
        const int found = box->findData(columns.value(crm::ColumnMapping::roleKey(ContactRole(r))).toString());
        box->setCurrentIndex(std::max(0, found)); // a column this file lacks: not mapped
    }
    if (json.contains("dateFormat"_L1))
        m_dateFormat->setText(json.value("dateFormat"_L1).toString());
    if (json.contains("doNotAllowValues"_L1))
        m_doNotAllow->setText(joinArray(json.value("doNotAllowValues"_L1)));
    if (json.contains("allowValues"_L1))
        m_allow->setText(joinArray(json.value("allowValues"_L1)));
    if (json.contains("inactiveValues"_L1))
        m_inactive->setText(joinArray(json.value("inactiveValues"_L1)));
}

void ColumnMappingDialog::accept()
{
    QStringList missing;
    for (int r = 0; r < kRoleCount; ++r)
        if (crm::ColumnMapping::required(ContactRole(r)) && m_columns[size_t(r)]->currentIndex() <= 0)
            missing << roleName(ContactRole(r));
    if (!missing.isEmpty()) {
        m_problem->setText(tr("Choose a column for: %1.").arg(missing.join(u", "_s)));
        return;
    }
    auto saved = m_store.save(toJson());
    if (!saved) {
        m_problem->setText(saved.error().message);
        return;
    }
    m_mapping = std::move(*saved);
    QDialog::accept();
}

} // namespace readiness::ui
