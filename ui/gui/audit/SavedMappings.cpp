#include "SavedMappings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::ui {

SavedMappings::SavedMappings(QString folder)
    : m_folder(folder.isEmpty()
                   ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"crm-mappings"_s)
                   : std::move(folder))
{ }

QString SavedMappings::path(const QString &name) const
{
    // A readable file name from any name: letters and digits kept, the
    // rest '_'; the JSON keeps the name as typed.
    QString base;
    for (const QChar c : name.trimmed())
        base += c.isLetterOrNumber() || c == u'-' ? c : u'_';
    return QDir(m_folder).filePath(base.left(80) + u".json"_s);
}

QStringList SavedMappings::names() const
{
    QStringList out;
    const QDir dir(m_folder);
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString name = QJsonDocument::fromJson(f.readAll()).object().value("name"_L1).toString();
        if (!name.isEmpty() && path(name) == dir.filePath(file))
            out << name;
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

QJsonObject SavedMappings::json(const QString &name) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Result<crm::ColumnMapping> SavedMappings::load(const QString &name) const
{
    return crm::ColumnMapping::fromJsonFile(path(name));
}

Result<crm::ColumnMapping> SavedMappings::save(const QJsonObject &mapping)
{
    const QString name = mapping.value("name"_L1).toString().trimmed();
    if (name.isEmpty())
        return makeError(tr("Give the mapping a name, so it can be chosen again."));
    if (!QDir().mkpath(m_folder))
        return makeError(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    // Checked under a temporary name first: a mapping the audit would
    // refuse never replaces a good one. Then written in place atomically.
    const QByteArray bytes = QJsonDocument(mapping).toJson();
    const QString target = path(name);
    const QString trial = target + u".check"_s;
    auto write = [](const QString &file, const QByteArray &data) {
        QSaveFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
    };
    if (!write(trial, bytes))
        return makeError(tr("The mapping could not be saved in %1.").arg(QDir::toNativeSeparators(m_folder)));
    auto parsed = crm::ColumnMapping::fromJsonFile(trial);
    QFile::remove(trial);
    if (!parsed)
        return parsed.error();
    if (!write(target, bytes))
        return makeError(tr("The mapping could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
    return parsed;
}

} // namespace readiness::ui
