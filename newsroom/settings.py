"""Settings for newsroom, read from the environment.

Every variable is optional in development. With DJANGO_DEBUG=0 (the default) the
secret key must come from DJANGO_SECRET_KEY, and `manage.py check --deploy` is clean.
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _stop(message: str) -> None:
    """Stop the process with one sentence instead of a traceback."""
    sys.stderr.write(f"newsroom: {message}\n")
    raise SystemExit(2)


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    _stop(f"{name} must be 1 or 0 (true or false), not {value!r}.")
    return default


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        _stop(f"{name} must be a whole number, not {value!r}.")
        return default


DEBUG = env_bool("DJANGO_DEBUG", False)
# pytest is imported before these settings load when the test suite runs.
TESTING = "pytest" in sys.modules

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        _stop(
            "DJANGO_SECRET_KEY is not set; production mode (DJANGO_DEBUG=0) needs a long random secret key."
        )
    SECRET_KEY = "django-insecure-local-development-key-do-not-use-in-production"

ALLOWED_HOSTS = [
    h.strip()
    for h in env_str("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in env_str("DJANGO_CSRF_TRUSTED_ORIGINS").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "template_partials",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "annotations",
]

MIDDLEWARE = [
    # First, so it times everything and its request id is on every log line.
    "newsroom.logs.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside every view: no HTML page obeys a bidi override in a user string.
    "newsroom.bidi.BidiOverrideMiddleware",
    # Scripts only from this site's static files: no inline script runs.
    "newsroom.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Django's LoginRequiredMiddleware; HTMX requests get a 401, not the login page.
    "newsroom.accounts.LoginRequired",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "annotations.context_processors.roles",
            ],
        },
    }
]


def _database() -> dict:
    url = env_str("DATABASE_URL")
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("NEWSROOM_SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            # Each server thread keeps its connection, as on PostgreSQL: a new
            # one per request re-reads the schema and re-registers Django's
            # functions, 1-3 ms of CPU per request (`make load`).
            "CONN_MAX_AGE": env_int("NEWSROOM_SQLITE_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                # WAL lets readers work while one editor writes; IMMEDIATE takes the
                # write lock at BEGIN, so concurrent writers wait (busy timeout)
                # instead of failing with "database is locked" mid-transaction.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            },
        }
    import dj_database_url

    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception as exc:  # dj-database-url raises several types for bad URLs
        _stop(
            f"DATABASE_URL is malformed ({exc}); expected e.g. postgres://user:password@127.0.0.1:5432/newsroom."
        )
    if not config.get("ENGINE") or not config.get("NAME"):
        _stop(
            "DATABASE_URL is malformed: it names no database; expected e.g. postgres://user:password@127.0.0.1:5432/newsroom."
        )
    if "postgresql" not in config["ENGINE"]:
        _stop(
            f"DATABASE_URL must point at PostgreSQL (postgres://...), not {url.split(':', 1)[0]!r}."
        )
    if env_bool("NEWSROOM_PG_PREPARED", True):
        # Parameters bound by the server, and a statement run five times on a
        # connection prepared there: PostgreSQL plans it once instead of every
        # time (under `make load`, time in statements per request fell by half). Off
        # (NEWSROOM_PG_PREPARED=0) behind a pooler in transaction mode that
        # cannot keep prepared statements (PgBouncer before 1.21).
        config.setdefault("OPTIONS", {}).update(
            server_side_binding=True, prepare_threshold=5
        )
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login rate limit (django-axes): after NEWSROOM_LOGIN_FAILURES wrong passwords for
# one user name from one address, that pair is locked for NEWSROOM_LOGIN_COOLOFF
# minutes, even for the right password. Per pair, so nobody can lock an editor out
# from elsewhere, and a newsroom behind one NAT address is not locked as a whole.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend's permissions in one query per request instead of two.
    "newsroom.accounts.PermissionBackend",
]
AXES_FAILURE_LIMIT = env_int("NEWSROOM_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("NEWSROOM_LOGIN_COOLOFF", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "newsroom.accounts.lockout"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsroom.accounts.client_ip"
# How many proxies (load balancers) in front add to X-Forwarded-For; 0 trusts none.
NEWSROOM_PROXY_COUNT = env_int("NEWSROOM_PROXY_COUNT", 0)

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "annotations:article-list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "Asia/Jakarta")
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Development and tests serve static files from the apps directly; production serves
# the collected, compressed and hashed copies (`collectstatic`).
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
# Files browsers ask for at the site root (/favicon.ico), served as they are.
WHITENOISE_ROOT = BASE_DIR / "public"

# Background work (annotations/tasks.py): the database backend, drained by
# `manage.py db_worker` (started by `make run`). Tests run each task as it is
# enqueued; NEWSROOM_TASK_BACKEND=immediate does the same without a worker.
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_task_backend = env_str("NEWSROOM_TASK_BACKEND", "immediate" if TESTING else "database")
if _task_backend not in _TASK_BACKENDS:
    _stop(
        f"NEWSROOM_TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {_task_backend!r}."
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[_task_backend]}}
# Suggest quotes and claims for every imported article (services/suggesting.py).
# Off in the test suite, whose tests count annotations; the suggestion tests turn it on.
NEWSROOM_SUGGEST_AFTER_IMPORT = env_bool("NEWSROOM_SUGGEST_AFTER_IMPORT", not TESTING)

# Open dictionaries for quote variants (annotations/text/lexicon.py), read where
# Debian's dict-freedict-eng-ind and mythes-id put them; "" switches one off. Without
# them the matcher keeps its built-in table. NEWSROOM_LEXICON_DICTD is the path
# without ".index"/".dict.dz".
NEWSROOM_LEXICON_DICTD = env_str(
    "NEWSROOM_LEXICON_DICTD", "/usr/share/dictd/freedict-eng-ind"
)
NEWSROOM_LEXICON_THESAURUS = env_str(
    "NEWSROOM_LEXICON_THESAURUS", "/usr/share/mythes/th_id_ID_v2.dat"
)

# Uploads: one article file may be this large (bytes); bigger files are refused with a message.
NEWSROOM_MAX_UPLOAD_BYTES = env_int("NEWSROOM_MAX_UPLOAD_BYTES", 5 * 1024 * 1024)

# Import by URL (annotations/services/fetching.py): seconds to connect and per
# read, the largest page in bytes; loopback addresses are refused unless allowed
# (tests serve their pages on 127.0.0.1), private and reserved ones always.
NEWSROOM_FETCH_CONNECT_TIMEOUT = 5
NEWSROOM_FETCH_READ_TIMEOUT = 10
NEWSROOM_FETCH_MAX_BYTES = env_int("NEWSROOM_FETCH_MAX_BYTES", 5 * 1024 * 1024)
NEWSROOM_FETCH_ALLOW_LOOPBACK = False
DATA_UPLOAD_MAX_NUMBER_FILES = 1000
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

SESSION_COOKIE_AGE = (
    14 * 24 * 3600
)  # editors keep their session through a working fortnight
if not (DEBUG or TESTING):
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    # DJANGO_SECURE_COOKIES=0 only for a production-like server on plain HTTP at
    # 127.0.0.1 (`make load`): browsers and clients drop secure cookies there.
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Load balancers probe the servers over plain HTTP, behind the TLS they end.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Logs go to standard error. NEWSROOM_LOG_FORMAT=json writes one JSON object per
# line and logs every request (newsroom.request: method, path, status, duration,
# user id); every line carries the request's id (newsroom/logs.py). See docs/deploy.md.
LOG_FORMAT = env_str("NEWSROOM_LOG_FORMAT", "text")
if LOG_FORMAT not in ("text", "json"):
    _stop(f"NEWSROOM_LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOG_LEVEL = env_str("DJANGO_LOG_LEVEL", "WARNING").upper()
if LOG_FORMAT == "json":
    # Python warnings (whitenoise's "No directory at …", deprecations) would be
    # printed raw to standard error and break a one-object-per-line log reader:
    # route them through logging ("py.warnings") so they are JSON too.
    logging.captureWarnings(True)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "newsroom.logs.RequestContextFilter"}},
    "formatters": {
        "text": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
        },
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(levelname)s %(name)s %(message)s %(request_id)s %(user_id)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",  # ISO 8601, in UTC
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "newsroom.request": {
            "level": "INFO" if LOG_FORMAT == "json" else LOG_LEVEL,
        },
    },
}
