#pragma once

#include "util/Result.h"

namespace cb {

// Hands one plain-text mail to the system's mail transfer agent as
// `sendmail -t -oi` (the recipients are read from the To: header), the way
// cron and smartd report. The program is $CLOUDBACKUP_SENDMAIL, or
// /usr/sbin/sendmail. The address must already be valid (isMailAddress).
Result<void> sendMail(const QString &to, const QString &subject, const QString &body);

// A single address without display name: what may follow "To:" safely.
bool isMailAddress(const QString &address);

} // namespace cb
