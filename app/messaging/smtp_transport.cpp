// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/smtp_transport.h"

#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace recoup {

namespace {

constexpr long ConnectSeconds = 20;
constexpr long LowSpeedSeconds = 60; ///< a transfer that stalls this long is given up

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype sent = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data->size() - upload->sent;
    const qsizetype n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->sent, size_t(n));
    upload->sent += n;
    return size_t(n);
}

/// Keeps what the server said (never what we said: the login travels there).
int keepReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN) {
        auto *replies = static_cast<QStringList *>(user);
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            replies->append(line);
    }
    return 0;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlFree
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListFree
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings, QString password)
    : m_settings(std::move(settings)), m_password(std::move(password))
{ }

Result<void> SmtpTransport::send(const QString &from, const QStringList &recipients, const QByteArray &message) const
{
    if (auto ok = m_settings.validate(); !ok)
        return ok;
    if (recipients.isEmpty())
        return Error{ tr("The message has no recipient.") };
    initCurlOnce();
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    if (!curl)
        return Error{ tr("The mail library could not start.") };
    CURL *c = curl.get();
    const QByteArray url = m_settings.url().toUtf8();
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    std::unique_ptr<curl_slist, ListFree> rcpt;
    for (const QString &to : recipients) {
        const QByteArray address = '<' + to.toUtf8() + '>';
        rcpt.reset(curl_slist_append(rcpt.release(), address.constData()));
    }
    Upload upload{ &message, 0 };
    QStringList replies;
    char errors[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, ConnectSeconds);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, LowSpeedSeconds);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errors);
    if (m_settings.security == SmtpSecurity::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS or nothing
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, keepReplies);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds keepReplies; nothing is printed

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return {};
    // The server's own words when it refused; else what went wrong on the way.
    QString serverWords;
    for (qsizetype i = replies.size() - 1; i >= 0; --i) {
        const QString &line = replies.at(i);
        if (line.size() >= 3 && (line.at(0) == QLatin1Char('4') || line.at(0) == QLatin1Char('5'))) {
            serverWords = line;
            break;
        }
    }
    const QString detail = errors[0] ? QString::fromUtf8(errors) : QString::fromUtf8(curl_easy_strerror(code));
    if (!serverWords.isEmpty())
        return Error{ tr("The mail server %1 refused: %2").arg(m_settings.host, serverWords) };
    return Error{ tr("Could not send through %1: %2").arg(m_settings.host, detail) };
}

} // namespace recoup
