#include "TemplateLibrary.h"

#include "InputFile.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace readiness::TemplateLibrary {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::TemplateLibrary)
};

} // namespace

QString directory()
{
    const QString overridden = qEnvironmentVariable(kDirectoryVariable);
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"templates"_s);
}

QString fileNameFor(const QString &name)
{
    // A name is the user's text; the file name must stay inside the folder
    // and be harmless on every file system: no separators, no dots first, no
    // control or reserved characters, bounded length.
    QString stem;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-')
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    stem = stem.left(64);
    return stem.isEmpty() ? QString() : stem + u".json"_s;
}

Result<AssessmentTemplate> load(const QString &path)
{
    auto bytes = InputFile::readAll(path, kMaxFileBytes, u"template"_s);
    if (!bytes)
        return bytes.error();
    return AssessmentTemplate::parse(*bytes, QDir::toNativeSeparators(path));
}

QList<Entry> list()
{
    QList<Entry> entries;
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        Entry e;
        e.path = info.filePath();
        auto t = load(e.path);
        if (t)
            e.value = *t;
        else
            e.error = t.error().toString();
        entries.append(e);
    }
    return entries;
}

Result<AssessmentTemplate> find(const QString &nameOrPath)
{
    if (nameOrPath.endsWith(u".json"_s, Qt::CaseInsensitive) && QFileInfo(nameOrPath).isFile())
        return load(nameOrPath);
    const QString fileName = fileNameFor(nameOrPath);
    const QString path = QDir(directory()).filePath(fileName);
    if (fileName.isEmpty() || !QFileInfo(path).isFile()) {
        QStringList names;
        for (const Entry &e : list())
            if (e.value)
                names << e.value->name;
        return makeError(Text::tr("there is no template '%1' in %2%3")
                             .arg(nameOrPath, QDir::toNativeSeparators(directory()),
                                  names.isEmpty() ? Text::tr(" (there are none yet)")
                                                  : Text::tr(" (there are: %1)").arg(names.join(u", "_s))));
    }
    return load(path);
}

Result<QString> save(const AssessmentTemplate &value, bool replace)
{
    const QString fileName = fileNameFor(value.name);
    if (fileName.isEmpty())
        return makeError(
            Text::tr("the template's name '%1' has no letters or digits to name its file by").arg(value.name));
    QDir dir(directory());
    if (!dir.mkpath(u"."_s))
        return makeError(Text::tr("cannot create the templates folder %1").arg(QDir::toNativeSeparators(dir.path())));
    const QString path = dir.filePath(fileName);
    if (QFileInfo::exists(path) && !replace)
        return makeError(
            Text::tr("a template named '%1' exists already (%2)").arg(value.name, QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(StorageError::writeFailed(path, file.errorString()));
    const QByteArray bytes = QJsonDocument(value.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(StorageError::writeFailed(path, file.errorString()));
    return path;
}

} // namespace readiness::TemplateLibrary
