#include "AssessmentName.h"

#include "NativePath.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace readiness::AssessmentName {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentName)
};

} // namespace

Status check(const QString &path)
{
    if (!NativePath::hasEscapes(path))
        return success();
    // Refused rather than opened through a UTF-8 alias (a symbolic link):
    // the lock file, the link-count check, the backups and the output guard
    // would all have to keep the bytes too.
    return makeError(
        Text::tr("%1: the name is not valid UTF-8, and an assessment can only be kept under a name that is "
                 "(SQLite takes UTF-8 file names); nothing was created or changed. Rename it, e.g. to \"%2\"")
            .arg(QDir::toNativeSeparators(NativePath::displayText(path)),
                 QDir::toNativeSeparators(NativePath::utf8Suggestion(path))));
}

} // namespace readiness::AssessmentName
