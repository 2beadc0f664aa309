#include "QuestionnaireLibrary.h"

#include "DataPaths.h"
#include "QuestionnaireLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::QuestionnaireLibrary {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::QuestionnaireLibrary)
};

} // namespace

QStringList bundledFiles()
{
    QStringList files;
    const QDir dir(DataPaths::questionnairesDir());
    for (const QFileInfo &fi : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
        files << fi.absoluteFilePath();
    return files;
}

QStringList bundledIds()
{
    QStringList ids;
    for (const QString &f : bundledFiles())
        ids << QFileInfo(f).completeBaseName();
    return ids;
}

Result<Questionnaire> load(const QString &idOrPath)
{
    if (QFileInfo(idOrPath).isFile())
        return QuestionnaireLoader::loadFile(idOrPath);
    const QString bundled = QDir(DataPaths::questionnairesDir()).filePath(idOrPath + u".json"_s);
    if (QFileInfo(bundled).isFile())
        return QuestionnaireLoader::loadFile(bundled);
    return makeError(
        Text::tr("no questionnaire '%1' (bundled: %2; or give a file path)").arg(idOrPath, bundledIds().join(u", "_s)));
}

} // namespace readiness::QuestionnaireLibrary
