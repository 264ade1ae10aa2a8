"""The words Meta's exports use where a translated label is the only cue: one table.

Meta writes a JSON export in the language the person uses Facebook or Instagram in: the
keys of ``string_map_data``, the ``label`` of ``label_values`` and album names are
translated, the structure is not. The readers look at structure first (which file, which
envelope, which value type) and consult this table only for the field a label alone can
name. To support a language, add its words here; nothing else changes.

Provenance per language: ``en`` from Meta's own files; ``da`` and ``tr`` from published
real exports (Danish "Brugernavn", "Profilbillede", "Profilbilleder", "Mobiloverforsler";
Turkish "Kullanıcı adı", "Gizli Hesap"); ``nl``/``de``/``fr`` from exports the readers
already knew; the rest follow Meta's interface wording for those languages and are
unverified until an export in that language confirms them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    # Instagram personal_information.json string_map_data: the account's user name
    "username": {
        "en": ("Username",), "nl": ("Gebruikersnaam",), "de": ("Benutzername",),
        "fr": ("Nom d'utilisateur",), "da": ("Brugernavn",), "tr": ("Kullanıcı adı",),
        "es": ("Nombre de usuario",), "it": ("Nome utente",),
        "pt": ("Nome de usuário", "Nome de utilizador"), "sv": ("Användarnamn",),
        "nb": ("Brukernavn",), "fi": ("Käyttäjänimi",), "pl": ("Nazwa użytkownika",),
        "id": ("Nama pengguna",),
    },
    # Instagram personal_information.json: "True" / "False"
    "private_account": {
        "en": ("Private Account",), "nl": ("Privéaccount", "Privé-account"),
        "de": ("Privates Konto",), "fr": ("Compte privé",), "da": ("Privat konto",),
        "tr": ("Gizli Hesap",), "es": ("Cuenta privada",), "it": ("Account privato",),
        "pt": ("Conta privada",), "sv": ("Privat konto",), "nb": ("Privat konto",),
        "fi": ("Yksityinen tili",), "pl": ("Konto prywatne",), "id": ("Akun privat",),
    },
    # Instagram instagram_profile_information.json (string_map_data or label_values)
    "contact_syncing": {
        "en": ("Contact Syncing",), "nl": ("Contacten synchroniseren", "Contactsynchronisatie"),
        "de": ("Kontaktsynchronisierung", "Kontakte synchronisieren"),
        "fr": ("Synchronisation des contacts",), "da": ("Synkronisering af kontakter",),
        "tr": ("Kişi Senkronizasyonu", "Kişileri Senkronize Etme"),
        "es": ("Sincronización de contactos",), "it": ("Sincronizzazione dei contatti",),
        "pt": ("Sincronização de contatos", "Sincronização de contactos"),
        "sv": ("Synkronisering av kontakter",), "nb": ("Synkronisering av kontakter",),
        "pl": ("Synchronizacja kontaktów",),
    },
    # Facebook album names and media folder names (folders drop the spaces and add _<id>)
    "profile_pictures_album": {
        "en": ("Profile pictures", "Profile Pictures"), "nl": ("Profielfoto's",),
        "de": ("Profilbilder",), "fr": ("Photos de profil",), "da": ("Profilbilleder",),
        "tr": ("Profil resimleri", "Profil fotoğrafları"), "es": ("Fotos del perfil",),
        "it": ("Immagini del profilo",), "pt": ("Fotos do perfil",), "sv": ("Profilbilder",),
        "nb": ("Profilbilder",), "fi": ("Profiilikuvat",), "pl": ("Zdjęcia profilowe",),
    },
    # Facebook profile-update titles that record a new profile picture
    "profile_picture_update": {
        "en": ("profile picture", "profile photo"), "nl": ("profielfoto",),
        "de": ("profilbild",), "fr": ("photo de profil",), "da": ("profilbillede",),
        "tr": ("profil resmi", "profil fotoğraf"), "es": ("foto del perfil", "foto de perfil"),
        "it": ("immagine del profilo",), "pt": ("foto do perfil",), "sv": ("profilbild",),
        "nb": ("profilbilde",), "pl": ("zdjęcie profilowe",),
    },
    # Instagram privacy-change titles ("Account switched to private")
    "private_word": {
        "en": ("private",), "nl": ("privé", "prive"), "de": ("privat",), "fr": ("privé",),
        "da": ("privat",), "tr": ("gizli",), "es": ("privad",), "it": ("privat",),
        "pt": ("privad",), "sv": ("privat",), "nb": ("privat",), "fi": ("yksityi",),
        "pl": ("prywatn",), "id": ("privat",),
    },
    "public_word": {
        "en": ("public",), "nl": ("openbaar",), "de": ("öffentlich",), "fr": ("public",),
        "da": ("offentlig",), "tr": ("herkese açık", "herkese acik"), "es": ("públic",),
        "it": ("pubblic",), "pt": ("públic",), "sv": ("offentlig",), "nb": ("offentlig",),
        "fi": ("julki",), "pl": ("publiczn",), "id": ("publik",),
    },
    # the values Meta writes for a yes/no field
    "true": {"en": ("True", "Yes"), "nl": ("Waar", "Ja"), "de": ("Wahr", "Ja"),
             "fr": ("Vrai", "Oui"), "da": ("Sand", "Ja"), "tr": ("Doğru", "Evet")},
    "false": {"en": ("False", "No"), "nl": ("Onwaar", "Nee"), "de": ("Falsch", "Nein"),
              "fr": ("Faux", "Non"), "da": ("Falsk", "Nej"), "tr": ("Yanlış", "Hayır")},
}


def fold(text: str) -> str:
    """A label for comparison: case-folded, composed, apostrophes and spaces unified."""
    text = unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'")
    return " ".join(text.split())


def squeeze(text: str) -> str:
    """Letters only, for folder names such as ``ProfilePictures_1234`` / ``Profilbilleder_9``."""
    return re.sub(r"[\W\d_]+", "", fold(text))


@cache
def words(concept: str) -> tuple[str, ...]:
    """Every language's words for one concept, folded."""
    return tuple(dict.fromkeys(fold(w) for ws in LABELS[concept].values() for w in ws))


def is_label(label: str, concept: str) -> bool:
    return fold(label) in words(concept)


def yes_no(value: str) -> bool | None:
    """True / False for Meta's yes-no values in any known language; None otherwise."""
    folded = fold(value)
    if folded in words("true"):
        return True
    if folded in words("false"):
        return False
    return None
