#pragma once

#include "ColumnMapping.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace readiness::ui {

/// Column mappings for CRMs other than Dynamics 365, saved by name as the
/// JSON files `audit-crm --map` reads (docs/crm-audit.md), one per mapping
/// in the application data folder, so a mapping made once is reused by the
/// page and by the command line.
class SavedMappings final
{
    Q_DECLARE_TR_FUNCTIONS(readiness::ui::SavedMappings)

public:
    /// Mappings in @p folder; empty = the application data folder's "crm-mappings".
    explicit SavedMappings(QString folder = QString());

    QString folder() const { return m_folder; }
    /// Names of the saved mappings, sorted.
    QStringList names() const;
    /// The saved JSON of @p name (empty when there is none).
    QJsonObject json(const QString &name) const;
    QString path(const QString &name) const;
    /// Saves @p mapping (its "name" names it; an existing one is replaced)
    /// atomically and reads it back as the audit will: a mapping the engine
    /// would refuse is not kept.
    Result<crm::ColumnMapping> save(const QJsonObject &mapping);
    Result<crm::ColumnMapping> load(const QString &name) const;

private:
    QString m_folder;
};

} // namespace readiness::ui
