<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>the profile as the server now has it the account was deleted: sign out here</extracomment>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mes coordonnées</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Enregistrer mes coordonnées</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Confirmed contact details</source>
        <translation>Coordonnées confirmées</translation>
    </message>
    <message>
        <source>Where I am signed in</source>
        <translation>Où je suis connecté</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Me déconnecter partout ailleurs</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mes données</translation>
    </message>
    <message>
        <source>Download a copy of my data…</source>
        <translation>Télécharger une copie de mes données…</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Supprimer mon compte…</translation>
    </message>
    <message>
        <source>Signed in %1, last active %2</source>
        <translation>Connecté le %1, dernière activité le %2</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your details were saved. Confirm the new address with the code we sent there (below).</source>
        <translation>Vos coordonnées ont été enregistrées. Confirmez la nouvelle adresse avec le code que nous y avons envoyé (ci-dessous).</translation>
    </message>
    <message>
        <source>Your details were saved.</source>
        <translation>Vos coordonnées ont été enregistrées.</translation>
    </message>
    <message>
        <source>Your password was changed. You were signed out everywhere else.</source>
        <translation>Votre mot de passe a été changé. Vous avez été déconnecté partout ailleurs.</translation>
    </message>
    <message>
        <source>Save a copy of my data</source>
        <translation>Enregistrer une copie de mes données</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Préparation de la copie…</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <translation>La copie n’a pas pu être enregistrée à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <source>Your name, e-mail, mobile number, ID number and photos will be erased. Your requests stay with the municipality without your name. This cannot be undone.
Write your password to confirm:</source>
        <translation>Votre nom, votre courriel, votre numéro de portable, votre numéro d’identité et vos photos seront effacés. Vos demandes restent à la municipalité, sans votre nom. C’est définitif.
Saisissez votre mot de passe pour confirmer :</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>This is not your password. Nothing was deleted.</source>
        <translation>Ce n’est pas votre mot de passe. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>Un autre compte utilise déjà ce courriel ou ce numéro.</translation>
    </message>
    <message>
        <source>Check the e-mail and the mobile number.</source>
        <translation>Vérifiez le courriel et le numéro de portable.</translation>
    </message>
</context>
<context>
    <name>AdminWorkspace</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Modèles de notes</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The municipality&apos;s server pointed the app to another address, %1. Nothing was sent there. If that address is right, type it under Settings.</source>
        <translation>Le serveur de la municipalité a renvoyé l&apos;application vers une autre adresse, %1. Rien n&apos;y a été envoyé. Si cette adresse est la bonne, saisissez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>The app sends nothing to %1: it is plain http:// to another computer, so passwords and personal details would travel unencrypted. Nothing was sent.</source>
        <translation>L&apos;application n&apos;envoie rien à %1 : c&apos;est du http:// non chiffré vers un autre ordinateur, les mots de passe et les données personnelles circuleraient en clair. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is not a web address the app can use. Nothing was sent.</source>
        <translation>%1 n&apos;est pas une adresse web utilisable par l&apos;application. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so nothing was sent. Ask the municipality&apos;s IT staff (they can run: citizen-app doctor).</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée, rien n’a donc été envoyé. Adressez-vous au service informatique de la municipalité (il peut lancer : citizen-app doctor).</translation>
    </message>
    <message>
        <source>This municipality asks you to confirm your e-mail or mobile number before sending a request. We send you a code; your request is kept as a draft and you can send it afterwards.</source>
        <translation>Cette municipalité vous demande de confirmer votre courriel ou votre numéro de portable avant d’envoyer une demande. Nous vous envoyons un code ; votre demande est gardée comme brouillon et vous pourrez l’envoyer ensuite.</translation>
    </message>
    <message>
        <source>No connection to the municipality&apos;s server. Check your internet and try again.</source>
        <translation>Pas de connexion au serveur de la municipalité. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The municipality&apos;s server has a problem right now. Please try again later.</source>
        <translation>Le serveur de la municipalité rencontre un problème. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You have sent as many photos as allowed in one day. They can be sent tomorrow.</source>
        <translation>Vous avez envoyé le nombre maximal de photos autorisé pour une journée. Elles pourront être envoyées demain.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Trop de tentatives. Patientez quelques minutes puis réessayez.</translation>
    </message>
    <message>
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>Cette application n&apos;est pas autorisée à envoyer des demandes à ce serveur (clé d&apos;API).</translation>
    </message>
    <message>
        <source>Not found on the municipality&apos;s server.</source>
        <translation>Introuvable sur le serveur de la municipalité.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>Le serveur n&apos;a pas accepté la demande. Vérifiez les champs signalés.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This municipality takes requests only from signed-in citizens. Sign in or create an account; your request is kept as a draft and you can send it afterwards.</source>
        <translation>Cette municipalité n&apos;accepte les demandes que des citoyens connectés. Connectez-vous ou créez un compte ; votre demande est gardée en brouillon et vous pourrez l&apos;envoyer ensuite.</translation>
    </message>
    <message>
        <source>Your other photos are still being sent. This one will follow.</source>
        <translation>Vos autres photos sont encore en cours d&apos;envoi. Celle-ci suivra.</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more is sent from this connection. Please try again later, or sign in.</source>
        <translation>La municipalité demande d&apos;attendre avant d&apos;envoyer davantage depuis cette connexion. Réessayez plus tard, ou connectez-vous.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Staff account created</source>
        <translation>Compte du personnel créé</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>Compte du personnel modifié</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>Calendrier modifié</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogue importé</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>Direction ajoutée</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>Direction modifiée</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Service ajouté</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Service modifié</translation>
    </message>
    <message>
        <source>Municipality changed</source>
        <translation>Municipalité modifiée</translation>
    </message>
    <message>
        <source>Logo changed</source>
        <translation>Logo modifié</translation>
    </message>
    <message>
        <source>Note templates changed</source>
        <translation>Modèles de notes modifiés</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>direction %1</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>descriptions</source>
        <translation>descriptions</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>department</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <source>target working days</source>
        <translation>jours ouvrés visés</translation>
    </message>
    <message>
        <source>needs a location</source>
        <translation>demande un lieu</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>contact line</source>
        <translation>ligne de contact</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>request number prefix</source>
        <translation>préfixe des numéros de demande</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>a number at once</source>
        <translation>immédiat : un numéro tout de suite</translation>
    </message>
    <message>
        <source>a number later</source>
        <translation>différé : un numéro plus tard</translation>
    </message>
    <message>
        <source>public issue</source>
        <translation>signalement public</translation>
    </message>
    <message>
        <source>private transaction</source>
        <translation>démarche privée</translation>
    </message>
    <message>
        <source>Search by person, change or account</source>
        <translation>Rechercher par personne, modification ou compte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2 changes.</source>
        <translation>Affichage des %1 dernières modifications sur %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 éléments</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <source>Logo of %1</source>
        <extracomment>pixels the server&apos;s logo may declare (ours are at most 512×512) the server&apos;s profile arrived (or its kept copy): for receipts</extracomment>
        <translation>Logo de %1</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Weekly rest days</source>
        <translation>Jours de repos hebdomadaire</translation>
    </message>
    <message>
        <source>Holidays (service targets skip them)</source>
        <translation>Jours fériés (non comptés dans les délais des services)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Date of the holiday</source>
        <translation>Date du jour férié</translation>
    </message>
    <message>
        <source>Name, for example Eid al-Fitr</source>
        <translation>Nom, par exemple Aïd el-Fitr</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Nom du jour férié</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>These are the server&apos;s first-run settings; nothing was saved here yet.</source>
        <translation>Ce sont les réglages initiaux du serveur ; rien n’a encore été enregistré ici.</translation>
    </message>
    <message>
        <source>This date is already a holiday.</source>
        <translation>Cette date est déjà un jour férié.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>Au moins un jour de la semaine doit être travaillé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. New requests&apos; expected dates follow it from now on.</source>
        <translation>Enregistré. Les dates prévues des nouvelles demandes en tiennent compte dès maintenant.</translation>
    </message>
    <message>
        <source>The server refused the calendar: check the dates.</source>
        <translation>Le serveur a refusé le calendrier : vérifiez les dates.</translation>
    </message>
</context>
<context>
    <name>CatalogueAdminPage</name>
    <message>
        <source>Departments and services</source>
        <translation>Directions et services</translation>
    </message>
    <message>
        <source>Show retired services</source>
        <translation>Afficher les services retirés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>Nouvelle direction…</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Department saved.</source>
        <translation>Direction enregistrée.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecks</name>
    <message>
        <source>Give a code.</source>
        <translation>Indiquez un code.</translation>
    </message>
    <message>
        <source>A code has 1 to 50 Latin letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Un code a de 1 à 50 lettres latines, chiffres, « - », « _ » ou « . ».</translation>
    </message>
    <message>
        <source>This code is already used.</source>
        <translation>Ce code est déjà utilisé.</translation>
    </message>
    <message>
        <source>Give the department&apos;s name in Arabic.</source>
        <translation>Indiquez le nom de la direction en arabe.</translation>
    </message>
    <message>
        <source>Give the service&apos;s name in Arabic.</source>
        <translation>Indiquez le nom du service en arabe.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choisissez la direction.</translation>
    </message>
    <message>
        <source>Write the question in Arabic.</source>
        <translation>Écrivez la question en arabe.</translation>
    </message>
    <message>
        <source>A list question needs at least one value.</source>
        <translation>Une question à liste demande au moins une valeur.</translation>
    </message>
    <message>
        <source>Give the value&apos;s name in Arabic.</source>
        <translation>Indiquez le nom de la valeur en arabe.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the pause in typing after which the cards show the matches keys that leave the search for the matches: they are shown first the service the citizen chose the services could not be loaded and the citizen asks to try again</extracomment>
        <translation>Que souhaitez-vous demander à la municipalité ?</translation>
    </message>
    <message>
        <source>Search services, e.g. water, light, certificate</source>
        <translation>Rechercher un service : eau, éclairage, certificat…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher un service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No service matches your search.</source>
        <translation>Aucun service ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>Try another word, or clear the search to see every service.</source>
        <translation>Essayez un autre mot, ou effacez la recherche pour voir tous les services.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>The services could not be loaded</source>
        <translation>Impossible de charger les services</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading the services…</source>
        <translation>Chargement des services…</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
    <message>
        <source>(set, not shown)</source>
        <translation>(défini, non affiché)</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Problems found: %1. The app ignores each of these values.</source>
        <translation>Problèmes trouvés : %1. L’application ignore chacune de ces valeurs.</translation>
    </message>
    <message>
        <source>OK: the file is valid. Its settings:</source>
        <translation>OK : le fichier est valide. Ses réglages :</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>New administrator PIN: </source>
        <translation>Nouveau code PIN administrateur : </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Le même code PIN à nouveau : </translation>
    </message>
    <message>
        <source>The two PINs differ or are shorter than 4 characters.</source>
        <translation>Les deux codes PIN diffèrent ou font moins de 4 caractères.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Follow this request</source>
        <translation>Suivre cette demande</translation>
    </message>
    <message>
        <source>Your request has reached the municipality</source>
        <translation>Votre demande est parvenue à la municipalité</translation>
    </message>
    <message>
        <source>Make another request</source>
        <extracomment>the citizen wants to make another request print the receipt on the system printer save the receipt as a PDF file open the request just sent (its number) saving files is for the citizen&apos;s own computer, not a shared kiosk</extracomment>
        <translation>Faire une autre demande</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <source>Your request is saved on this computer</source>
        <translation>Votre demande est enregistrée sur cet ordinateur</translation>
    </message>
    <message>
        <source>No connection to the municipality right now</source>
        <translation>Pas de connexion avec la municipalité pour le moment</translation>
    </message>
    <message>
        <source>The municipality&apos;s server cannot take it right now</source>
        <translation>Le serveur de la municipalité ne peut pas la recevoir pour le moment</translation>
    </message>
    <message>
        <source>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</source>
        <translation>Elle est dans votre boîte d&apos;envoi et partira d&apos;elle-même dès que le serveur sera joignable, même si vous fermez et rouvrez l&apos;application. Elle ne sera pas envoyée deux fois. Vous recevrez alors son numéro.</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>Numéro de la demande : %1</translation>
    </message>
    <message>
        <source>Keep this number: you can follow your request with it.</source>
        <translation>Conservez ce numéro : il vous permet de suivre votre demande.</translation>
    </message>
    <message>
        <source>No tracking number yet</source>
        <translation>Pas encore de numéro de suivi</translation>
    </message>
    <message>
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>La municipalité a reçu votre demande, mais ce service ne donne pas de numéro de suivi.</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more requests are sent from here</source>
        <translation>La municipalité demande d&apos;attendre avant d&apos;envoyer d&apos;autres demandes d&apos;ici</translation>
    </message>
</context>
<context>
    <name>ContactVerifyBox</name>
    <message>
        <source>E-mail</source>
        <extracomment>the address was confirmed: the profile as the server now has it</extracomment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>M’envoyer un code</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>Code (6 chiffres)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Send a code to my %1</source>
        <translation>Envoyer un code à mon %1</translation>
    </message>
    <message>
        <source>Code sent to my %1</source>
        <translation>Code envoyé à mon %1</translation>
    </message>
    <message>
        <source>Confirm my %1</source>
        <translation>Confirmer mon %1</translation>
    </message>
    <message>
        <source>%1 is confirmed and still in use. The new %2 is waiting for its code.</source>
        <translation>%1 est confirmé et reste utilisé. La nouvelle adresse %2 attend son code.</translation>
    </message>
    <message>
        <source>✔ %1 is confirmed.</source>
        <translation>✔ %1 est confirmé.</translation>
    </message>
    <message>
        <source>%1 is not confirmed yet: the municipality does not write to it until you type the code we send there.</source>
        <translation>%1 n’est pas encore confirmé : la municipalité n’y écrit pas tant que vous n’avez pas saisi le code que nous y envoyons.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A code is on its way to %1. It works once, for 10 minutes.</source>
        <translation>Un code est en route vers %1. Il ne sert qu’une fois, pendant 10 minutes.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Le code comporte 6 chiffres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Confirmed. Thank you.</source>
        <translation>Confirmé. Merci.</translation>
    </message>
    <message>
        <source>The municipality cannot send codes this way at the moment. Please contact it, or confirm your other contact.</source>
        <translation>La municipalité ne peut pas envoyer de code par ce moyen pour le moment. Contactez-la, ou confirmez votre autre coordonnée.</translation>
    </message>
    <message>
        <source>This is already confirmed.</source>
        <translation>C’est déjà confirmé.</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>Un autre compte utilise déjà ce courriel ou ce numéro.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The app carries on, but what you were doing may not have been finished: please try it again. If it happens again, give the municipality&apos;s IT staff the log file:</source>
        <translation>Une erreur inattendue s&apos;est produite. L&apos;application continue, mais ce que vous faisiez n&apos;a peut-être pas abouti : veuillez réessayer. Si cela se reproduit, remettez au service informatique de la municipalité le fichier journal :</translation>
    </message>
    <message numerus="yes">
        <source>%n more errors since.</source>
        <translation>
            <numerusform>%n autre erreur depuis.</numerusform>
            <numerusform>%n autres erreurs depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Datatypes</name>
    <message>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>Un choix dans une liste</translation>
    </message>
    <message>
        <source>Several choices from a list</source>
        <translation>Plusieurs choix dans une liste</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>Nouvelle direction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No new status</source>
        <translation>Pas de nouveau statut</translation>
    </message>
    <message>
        <source>Citizen (visible to staff only)</source>
        <translation>Citoyen (visible par le personnel seulement)</translation>
    </message>
    <message>
        <source>Choose a request in the list to see it and act on it.</source>
        <extracomment>the request&apos;s new detail after an action</extracomment>
        <translation>Choisissez une demande dans la liste pour la voir et la traiter.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prévu pour</translation>
    </message>
    <message>
        <source>Change status (Ctrl+Enter)</source>
        <translation>Changer le statut (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Assign to me (Ctrl+M)</source>
        <translation>Me l&apos;attribuer (Ctrl+M)</translation>
    </message>
    <message>
        <source>Number of the original request</source>
        <translation>Numéro de la demande d&apos;origine</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Marquer comme doublon</translation>
    </message>
    <message>
        <source>Set expected date</source>
        <translation>Fixer la date prévue</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Prévu pour le %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Doublon de %1</translation>
    </message>
    <message>
        <source>Reported without a name.</source>
        <translation>Signalée sans nom.</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Note with the status change</source>
        <translation>Note avec le changement de statut</translation>
    </message>
    <message>
        <source>Note without a status change</source>
        <translation>Note sans changement de statut</translation>
    </message>
    <message>
        <source>Who will read the note</source>
        <translation>Qui lira la note</translation>
    </message>
    <message>
        <source>Who will read this note</source>
        <translation>Qui lira cette note</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Shift+N)</source>
        <translation>Ajouter la note (Ctrl+Maj+N)</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The demo municipality that the running app (process %1) started at %2 does not answer. The app starts it again by itself; if this lasts, close the app and open it again.</source>
        <translation>La municipalité de démonstration lancée par l&apos;application en cours (processus %1) à %2 ne répond pas. L&apos;application la relance d&apos;elle-même ; si cela dure, fermez l&apos;application puis rouvrez-la.</translation>
    </message>
    <message>
        <source>The demo municipality answers at %1 (started by the running app, process %2).</source>
        <translation>La municipalité de démonstration répond à %1 (lancée par l&apos;application en cours, processus %2).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3.</source>
        <translation>Réussis : %1, avertissements : %2, échecs : %3.</translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>Configuration du site</translation>
    </message>
    <message>
        <source>Problems found: %1 (citizen-app config check explains them): %2</source>
        <translation>Problèmes trouvés : %1 (citizen-app config check les explique) : %2</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1 est valide.</translation>
    </message>
    <message>
        <source>No site file at %1: the built-in defaults are used.</source>
        <translation>Pas de fichier de site à %1 : les valeurs par défaut intégrées sont utilisées.</translation>
    </message>
    <message>
        <source>Arabic font</source>
        <translation>Police arabe</translation>
    </message>
    <message>
        <source>Shipped with the app: %1.</source>
        <translation>Fournie avec l’application : %1.</translation>
    </message>
    <message>
        <source>The app&apos;s own font is missing; the system&apos;s %1 will be used.</source>
        <translation>La police de l’application manque ; celle du système, %1, sera utilisée.</translation>
    </message>
    <message>
        <source>No font can show Arabic: every letter would be a box. Reinstall the app or install an Arabic font.</source>
        <translation>Aucune police ne peut afficher l’arabe : chaque lettre serait un carré. Réinstallez l’application ou installez une police arabe.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>The receipt_printer %1 is not installed (installed: %2).</source>
        <translation>L’imprimante receipt_printer %1 n’est pas installée (installées : %2).</translation>
    </message>
    <message>
        <source>No printer installed: receipts can only be saved as PDF.</source>
        <translation>Aucune imprimante installée : les reçus ne peuvent être enregistrés qu’en PDF.</translation>
    </message>
    <message>
        <source>No default printer; installed: %1. Set one, or receipt_printer.</source>
        <translation>Pas d’imprimante par défaut ; installées : %1. Définissez-en une, ou receipt_printer.</translation>
    </message>
    <message>
        <source>Receipts go to %1.</source>
        <translation>Les reçus vont à %1.</translation>
    </message>
    <message>
        <source>Password store (keyring)</source>
        <translation>Trousseau de mots de passe (keyring)</translation>
    </message>
    <message>
        <source>Not used: a kiosk keeps sign-ins in memory only.</source>
        <translation>Non utilisé : une borne garde les connexions en mémoire seulement.</translation>
    </message>
    <message>
        <source>No usable password store on this computer: the app works, but citizens must sign in again each time.</source>
        <translation>Aucun trousseau utilisable sur cet ordinateur : l’application fonctionne, mais les citoyens doivent se reconnecter à chaque fois.</translation>
    </message>
    <message>
        <source>The password store is locked: sign-ins will not be remembered.</source>
        <translation>Le trousseau est verrouillé : les connexions ne seront pas retenues.</translation>
    </message>
    <message>
        <source>The password store did not answer within %1 s (an unlock prompt nobody answered?): sign-ins will not be remembered.</source>
        <translation>Le trousseau n’a pas répondu en %1 s (une demande de déverrouillage restée sans réponse ?) : les connexions ne seront pas retenues.</translation>
    </message>
    <message>
        <source>The password store refused (%1): sign-ins will not be remembered.</source>
        <translation>Le trousseau a refusé (%1) : les connexions ne seront pas retenues.</translation>
    </message>
    <message>
        <source>Usable (%1).</source>
        <translation>Utilisable (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>%1 is not writable: %2.</source>
        <translation>Impossible d’écrire dans %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is writable.</source>
        <translation>%1 est accessible en écriture.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>No local database yet: nothing to send.</source>
        <translation>Pas encore de base locale : rien à envoyer.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the app will set it aside and start a new one.</source>
        <translation>%1 ne peut pas être lue (%2) ; l’application la mettra de côté et en commencera une nouvelle.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1; stopped until the citizen acts in Drafts and outbox: %2.</source>
        <translation>En attente d’envoi : %1 ; arrêtées jusqu’à une action du citoyen dans Brouillons et boîte d’envoi : %2.</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent.</source>
        <translation>Rien en attente d’envoi.</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Serveur joignable</translation>
    </message>
    <message>
        <source>No server configured: the app starts the demo municipality on this computer.</source>
        <translation>Aucun serveur configuré : l’application démarre la municipalité de démonstration sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// to another computer, or not a web address.</source>
        <translation>%1 est refusé : http:// non chiffré vers un autre ordinateur, ou pas une adresse web.</translation>
    </message>
    <message>
        <source>The name %1 is not found (DNS). Check the address and the network.</source>
        <translation>Le nom %1 est introuvable (DNS). Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>%1 refuses the connection: nothing listens on that port.</source>
        <translation>%1 refuse la connexion : rien n’écoute sur ce port.</translation>
    </message>
    <message>
        <source>%1 does not answer (a firewall, or no route to it).</source>
        <translation>%1 ne répond pas (un pare-feu, ou aucune route).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Impossible de se connecter à %1 : %2.</translation>
    </message>
    <message>
        <source>The proxy %1 answers (for %2).</source>
        <translation>Le proxy %1 répond (pour %2).</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 répond.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): is it really an https:// server?</source>
        <translation>La négociation TLS a échoué (%1) : est-ce bien un serveur https:// ?</translation>
    </message>
    <message>
        <source>Valid for %1 until %2, issued by %3.</source>
        <translation>Valide pour %1 jusqu’au %2, émis par %3.</translation>
    </message>
    <message>
        <source>Trusted through ca_bundle %1.</source>
        <translation>Approuvé grâce à ca_bundle %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. The municipality must renew it.</source>
        <translation>Le certificat du serveur a expiré. La municipalité doit le renouveler.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: check this computer&apos;s date and time.</source>
        <translation>Le certificat n’est pas encore valide : vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>Wrong host name: the certificate is not made out to %1.</source>
        <translation>Mauvais nom d’hôte : le certificat n’est pas établi au nom de %1.</translation>
    </message>
    <message>
        <source>The certificate is not trusted (%1). If the municipality uses its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>Le certificat n’est pas approuvé (%1). Si la municipalité a sa propre autorité de certification, indiquez son fichier PEM dans ca_bundle.</translation>
    </message>
    <message>
        <source>Open311 service</source>
        <translation>Service Open311</translation>
    </message>
    <message>
        <source>No Open311 discovery or service list answers at %1.</source>
        <translation>Ni découverte Open311 ni liste de services ne répondent à %1.</translation>
    </message>
    <message>
        <source>The server fails (HTTP %1).</source>
        <translation>Le serveur échoue (HTTP %1).</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Pas de réponse de %1.</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2): %3 services.</source>
        <translation>Point d’accès %1 (%2) : %3 services.</translation>
    </message>
    <message>
        <source>Extensions (/api/v1)</source>
        <translation>Extensions (/api/v1)</translation>
    </message>
    <message>
        <source>Not offered: a plain Open311 server. The app works without accounts and follows the requests made from this computer.</source>
        <translation>Non proposées : un serveur Open311 simple. L’application fonctionne sans comptes et suit les demandes faites depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Announced at %1 but not answering as expected.</source>
        <translation>Annoncées à %1 mais ne répondent pas comme prévu.</translation>
    </message>
    <message>
        <source>Available at %1: accounts, following requests, photos.</source>
        <translation>Disponibles à %1 : comptes, suivi des demandes, photos.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>How was your visit today?</source>
        <extracomment>score -&gt; face colour; the mouth&apos;s shape tells them apart without colour too 1 not good, 2 acceptable, 3 good skipped, or no answer in time</extracomment>
        <translation>Comment s’est passée votre visite aujourd’hui ?</translation>
    </message>
    <message>
        <source>Your answer is anonymous: it helps the municipality improve its services.</source>
        <translation>Votre réponse est anonyme : elle aide la municipalité à améliorer ses services.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Pas bien</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Not given</source>
        <extracomment>the citizen changed the answer (for the draft)</extracomment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>Saisissez un nombre, par exemple 3 ou ٣.</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <source>Preview of the citizen&apos;s form</source>
        <translation>Aperçu du formulaire du citoyen</translation>
    </message>
    <message>
        <source>Preview in %1</source>
        <translation>Aperçu en %1</translation>
    </message>
    <message>
        <source>The form then asks where: an address or a place on the map.</source>
        <translation>Le formulaire demande ensuite le lieu : une adresse ou un point sur la carte.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Give this password to %1. It works once: at the first sign-in they must choose their own. It is not shown again.</source>
        <translation>Remettez ce mot de passe à %1. Il ne sert qu’une fois : à la première connexion, il faudra en choisir un personnel. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Continue</source>
        <extracomment>the visitor wants more time the visitor is done</extracomment>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this session ends in %Ln second(s) and everything you entered is erased.</source>
        <translation>
            <numerusform>Êtes-vous toujours là ? Pour protéger votre vie privée, cette session se termine dans %Ln seconde et tout ce que vous avez saisi sera effacé.</numerusform>
            <numerusform>Êtes-vous toujours là ? Pour protéger votre vie privée, cette session se termine dans %Ln secondes et tout ce que vous avez saisi sera effacé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Done, but this computer could not remember it for the next time.</source>
        <translation>C&apos;est fait, mais cet ordinateur n&apos;a pas pu le retenir pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>You are signed out, but this computer could not erase everything it kept of your session. The IT staff can see why in the app&apos;s log file.</source>
        <translation>Vous êtes déconnecté, mais cet ordinateur n&apos;a pas pu effacer tout ce qu&apos;il gardait de votre session. Le service informatique peut en voir la raison dans le fichier journal de l&apos;application.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>This kiosk could not erase everything from the last visit. Please tell the staff.</source>
        <translation>Cette borne n&apos;a pas pu effacer tout ce qui reste de la visite précédente. Veuillez prévenir le personnel.</translation>
    </message>
    <message>
        <source>This kiosk has no administrator PIN set up (admin_pin_hash in the site configuration); it closes when the computer shuts down.</source>
        <translation>Cette borne n’a pas de code administrateur (admin_pin_hash dans la configuration du site) ; elle se ferme à l’arrêt de l’ordinateur.</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to close the kiosk:</source>
        <translation>Code erroné. Code pour fermer la borne :</translation>
    </message>
    <message>
        <source>The demo municipality stopped and could not be started again. Close the app and open it again.</source>
        <extracomment>(event, detail) from the keeper thread: delivered queued, on the GUI thread</extracomment>
        <translation>La municipalité de démonstration s&apos;est arrêtée et n&apos;a pas pu être relancée. Fermez l&apos;application puis rouvrez-la.</translation>
    </message>
    <message>
        <source>The demo municipality had stopped; it has been started again. If what you just did did not go through, please do it again.</source>
        <translation>La municipalité de démonstration s&apos;était arrêtée ; elle a été relancée. Si ce que vous venez de faire n&apos;a pas abouti, veuillez le refaire.</translation>
    </message>
    <message>
        <source>Municipal e-services</source>
        <extracomment>the catalogue is shown: how many services, and whether it is a kept (offline) copy the municipality could not be reached or none is set up; the text the window shows
----------
a load failed or the municipality cannot be reached: the text the window shows notifications given in this session (status changes, late deliveries)</extracomment>
        <translation>Services municipaux en ligne</translation>
    </message>
    <message>
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>Mode démo : une municipalité d&apos;essai sur cet ordinateur. Les demandes ne sont envoyées nulle part.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Brouillons et envois</translation>
    </message>
    <message>
        <source>Connecting to the municipality…</source>
        <extracomment>the server&apos;s endpoint is known (found, or the kept copy when offline) the session kept in the keyring was restored: the user, or None (nobody signed in) the catalogue was loaded (the list of Service) the catalogue is shown: how many services, and whether it is a kept (offline) copy the services of the catalogue last loaded</extracomment>
        <translation>Connexion à la municipalité…</translation>
    </message>
    <message>
        <source>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</source>
        <translation>Pas de connexion avec la municipalité. Voici les services tels qu&apos;au %1 ; ce que vous envoyez attend dans la boîte d&apos;envoi jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>No municipality server is set up on this computer. Type your municipality&apos;s address under Settings, or ask your IT staff to set server_url in %1.</source>
        <extracomment>the server is about to change: what is on its way from the old one must be dropped another server answered and is in use now (True: the demo municipality)</extracomment>
        <translation>Aucun serveur municipal n&apos;est configuré sur cet ordinateur. Saisissez l&apos;adresse de votre municipalité dans les Paramètres, ou demandez à votre service informatique de renseigner server_url dans %1.</translation>
    </message>
    <message>
        <source>No municipality&apos;s Open311 service answers at this address.</source>
        <translation>Aucun service Open311 municipal ne répond à cette adresse.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>The app does not connect to %1: it uses plain http:// to another computer, so passwords would travel unencrypted. Use an https:// address (or IT staff may allow plain http in the site configuration).</source>
        <translation>L’application ne se connecte pas à %1 : cette adresse utilise http:// non chiffré vers un autre ordinateur, et les mots de passe circuleraient en clair. Utilisez une adresse https:// (ou le service informatique peut autoriser http dans la configuration du site).</translation>
    </message>
    <message>
        <source>The configured server address %1 is not a web address.</source>
        <translation>L’adresse de serveur configurée %1 n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>A request from your outbox reached the municipality: number %1</source>
        <translation>Une demande de votre boîte d&apos;envoi est arrivée à la municipalité : numéro %1</translation>
    </message>
    <message>
        <source>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</source>
        <translation>Les brouillons et la boîte d&apos;envoi enregistrés sur cet ordinateur étaient endommagés et illisibles. Ils ont été mis de côté dans %1 et l&apos;application a redémarré à neuf. Consultez Mes demandes pour voir ce qui est arrivé à la municipalité.</translation>
    </message>
    <message>
        <source>This service is not offered by the municipality&apos;s server right now.</source>
        <translation>Ce service n&apos;est pas proposé par le serveur de la municipalité pour le moment.</translation>
    </message>
    <message>
        <source>No connection: as of %1</source>
        <translation>Pas de connexion : état au %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour le %1</translation>
    </message>
    <message>
        <source>Request %1 is now: %2</source>
        <translation>La demande %1 est maintenant : %2</translation>
    </message>
    <message>
        <source>Starting the demo municipality…</source>
        <translation>Démarrage de la municipalité de démonstration…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signed in. This computer cannot remember it: sign in again next time.</source>
        <extracomment>someone signed in (the user), or went on without an account (None) the person signed out (or left): the window shows nothing of theirs any more the signed-in person&apos;s details changed (the header shows the new name)</extracomment>
        <translation>Connecté. Cet ordinateur ne peut pas s&apos;en souvenir : reconnectez-vous la prochaine fois.</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>Chargement du formulaire…</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>a visitor chose a language on the start screen (the language code) the visitor&apos;s session is being erased: whatever is not a page forgets them now the session began or ended: the navigation shows other buttons</extracomment>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>PIN to close the kiosk:</source>
        <translation>Code pour fermer la borne :</translation>
    </message>
</context>
<context>
    <name>MapBox</name>
    <message>
        <source>Map: click to mark the place</source>
        <extracomment>the citizen marked a place on the map: latitude, longitude the citizen removed the mark</extracomment>
        <translation>Carte : cliquez pour marquer l’endroit</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Carte de l’endroit</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, Enter marks the centre. You can describe the place in the address field instead.</source>
        <translation>Les flèches déplacent la carte, plus et moins zooment, Entrée marque le centre. Vous pouvez aussi décrire l’endroit dans le champ d’adresse.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>Retirer le repère</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>The map cannot be loaded now. Describe the place in the address field instead.</source>
        <translation>La carte ne peut pas être chargée pour le moment. Décrivez l’endroit dans le champ d’adresse.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Name and contact line</source>
        <extracomment>as the server takes it (municipal_server/municipality.py) a preview is decoded under the same budget as any picture from elsewhere</extracomment>
        <translation>Nom et coordonnées</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>Nom de la municipalité</translation>
    </message>
    <message>
        <source>Contact line (phone, address, hours)</source>
        <translation>Coordonnées (téléphone, adresse, horaires)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Name of the municipality in %1</source>
        <translation>Nom de la municipalité en %1</translation>
    </message>
    <message>
        <source>Contact line in %1</source>
        <translation>Coordonnées en %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Time zone and request numbers</source>
        <translation>Fuseau horaire et numéros de demande</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Request number prefix</source>
        <translation>Préfixe des numéros de demande</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. Shown in the app&apos;s header, on receipts and in e-mails.</source>
        <translation>PNG ou JPEG, 1 Mo au plus. Affiché en haut de l&apos;application, sur les reçus et dans les e-mails.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The time zone and prefix are the server&apos;s first-run settings; nothing was saved here yet.</source>
        <translation>Le fuseau horaire et le préfixe sont les réglages initiaux du serveur ; rien n&apos;a encore été enregistré ici.</translation>
    </message>
    <message>
        <source>Request numbers read: %1</source>
        <translation>Les numéros de demande se lisent : %1</translation>
    </message>
    <message>
        <source>Fixed: requests already carry this prefix.</source>
        <translation>Fixé : des demandes portent déjà ce préfixe.</translation>
    </message>
    <message>
        <source>It can no longer change once the first request is made.</source>
        <translation>Il ne pourra plus changer dès la première demande.</translation>
    </message>
    <message>
        <source>The Arabic name is required.</source>
        <translation>Le nom en arabe est obligatoire.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. Every app shows it from its next start.</source>
        <translation>Enregistré. Chaque application l&apos;affiche à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures can be the logo.</source>
        <translation>Seule une image PNG ou JPEG peut servir de logo.</translation>
    </message>
    <message>
        <source>Sending the logo…</source>
        <translation>Envoi du logo…</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logo enregistré.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logo retiré.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most 1 MB.</source>
        <translation>Le fichier du logo est trop grand : 1 Mo au plus.</translation>
    </message>
    <message>
        <source>This file could not be read as a picture.</source>
        <translation>Ce fichier ne peut pas être lu comme une image.</translation>
    </message>
    <message>
        <source>The request number prefix can no longer change: requests already carry it.</source>
        <translation>Le préfixe des numéros ne peut plus changer : des demandes le portent déjà.</translation>
    </message>
    <message>
        <source>This time zone is not known. Choose one from the list, such as %1.</source>
        <translation>Ce fuseau horaire est inconnu. Choisissez-en un dans la liste, par exemple %1.</translation>
    </message>
    <message>
        <source>The prefix is 2 to 8 Latin capital letters or digits and starts with a letter, such as HEB.</source>
        <translation>Le préfixe compte 2 à 8 majuscules latines ou chiffres et commence par une lettre, par exemple HEB.</translation>
    </message>
    <message>
        <source>The logo is too large: at most 1 MB and 4 megapixels.</source>
        <translation>Le logo est trop grand : 1 Mo et 4 mégapixels au plus.</translation>
    </message>
    <message>
        <source>The server refused a field: check the texts for unusual characters.</source>
        <translation>Le serveur a refusé un champ : vérifiez que les textes ne contiennent pas de caractères inhabituels.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>My requests</source>
        <extracomment>the request number the citizen opened the citizen asked for a refresh no requests yet, and the citizen wants to make one (to the catalogue)</extracomment>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>Vous n&apos;avez encore aucune demande.</translation>
    </message>
    <message>
        <source>When you ask the municipality for a service, you can follow it here.</source>
        <translation>Quand vous demandez un service à la municipalité, vous pouvez le suivre ici.</translation>
    </message>
    <message>
        <source>Ask for a service</source>
        <translation>Demander un service</translation>
    </message>
    <message>
        <source>No request in this list.</source>
        <translation>Aucune demande dans cette liste.</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>Afficher toutes les demandes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Main navigation</source>
        <translation>Navigation principale</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
</context>
<context>
    <name>NoteAudience</name>
    <message>
        <source>Staff only</source>
        <translation>Personnel seulement</translation>
    </message>
    <message>
        <source>The citizen (and staff)</source>
        <translation>Le citoyen (et le personnel)</translation>
    </message>
    <message>
        <source>Everyone (public)</source>
        <translation>Tout le monde (public)</translation>
    </message>
    <message>
        <source>Only municipal staff will read this note. The citizen will not see it.</source>
        <translation>Seul le personnel municipal lira cette note. Le citoyen ne la verra pas.</translation>
    </message>
    <message>
        <source>The citizen who made the request and municipal staff will read this note.</source>
        <translation>Le citoyen qui a fait la demande et le personnel municipal liront cette note.</translation>
    </message>
    <message>
        <source>This service is private, so the note is never published.</source>
        <translation>Ce service est privé : la note n&apos;est jamais publiée.</translation>
    </message>
    <message>
        <source>Everyone will be able to read this note: the citizen, staff, and anyone who reads the municipality&apos;s public list of requests. Write nothing personal.</source>
        <translation>Tout le monde pourra lire cette note : le citoyen, le personnel et quiconque consulte la liste publique des demandes de la municipalité. N&apos;écrivez rien de personnel.</translation>
    </message>
    <message>
        <source>[Staff only]</source>
        <translation>[Personnel seulement]</translation>
    </message>
    <message>
        <source>[To the citizen]</source>
        <translation>[Au citoyen]</translation>
    </message>
    <message>
        <source>[Public]</source>
        <translation>[Public]</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <extracomment>off until kiosk mode turns it on</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Lettres arabes</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Lettres latines</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
</context>
<context>
    <name>OutboxFlow</name>
    <message>
        <source>Saved on this computer. Sending it to the municipality…</source>
        <extracomment>the form&apos;s own request waits in the outbox (reason code) an earlier request reached the server in the background: item id, SubmitResult the citizen chose a draft to continue: the Draft every delivery: the number, for plain Open311 servers that keep none for the citizen</extracomment>
        <translation>Enregistrée sur cet ordinateur. Envoi à la municipalité…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password to go on.</source>
        <translation>Vous vous êtes connecté avec un mot de passe à usage unique. Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nouveau mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Write the password you signed in with.</source>
        <translation>Saisissez le mot de passe avec lequel vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ce n’est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Choisissez un mot de passe différent de l’actuel.</translation>
    </message>
</context>
<context>
    <name>PasswordResetBox</name>
    <message>
        <source>Forgotten password</source>
        <extracomment>the password was changed (the login, to sign in with), or the citizen went back (&quot;&quot;)</extracomment>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Write the e-mail or mobile number you sign in with. We send a code there.</source>
        <translation>Saisissez le courriel ou le numéro de portable avec lequel vous vous connectez. Nous y envoyons un code.</translation>
    </message>
    <message>
        <source>E-mail or mobile number</source>
        <translation>Courriel ou numéro de portable</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>M’envoyer un code</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>Code (6 chiffres)</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nouveau mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>Write your e-mail or mobile number.</source>
        <translation>Saisissez votre courriel ou votre numéro de portable.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It works once, for 10 minutes.</source>
        <translation>Si %1 correspond à un compte, un code y est envoyé. Il ne sert qu’une fois, pendant 10 minutes.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Le code comporte 6 chiffres.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The code is wrong. Tries left: %1.</source>
        <translation>Le code est erroné. Essais restants : %1.</translation>
    </message>
    <message>
        <source>This code no longer works. Ask for a new one.</source>
        <translation>Ce code n’est plus valable. Demandez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>The photos could not be loaded: %1</source>
        <translation>Impossible de charger les photos : %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Cette photo ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>Retirer la photo %1</translation>
    </message>
    <message>
        <source>Photos (optional)</source>
        <extracomment>the set of photos changed (for the draft) the prepared JPEGs, in the order chosen their thumbnails (made on a worker: decoding a photo takes the GUI thread too long), None while one is being made</extracomment>
        <translation>Photos (facultatif)</translation>
    </message>
    <message>
        <source>Up to %1 photos. They are made smaller before sending, to save your data.</source>
        <translation>Jusqu&apos;à %1 photos. Elles sont réduites avant l&apos;envoi pour économiser vos données.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Remove the photos</source>
        <translation>Retirer les photos</translation>
    </message>
    <message>
        <source>Sending photos: %p%</source>
        <translation>Envoi des photos : %p%</translation>
    </message>
    <message>
        <source>Sending photos</source>
        <translation>Envoi des photos</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choisir des photos</translation>
    </message>
    <message>
        <source>One of the files is not a picture this app can read.</source>
        <translation>L&apos;un des fichiers n&apos;est pas une image que l&apos;application sait lire.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Clear text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Questions, in the order the citizen reads them</source>
        <translation>Questions, dans l&apos;ordre où le citoyen les lit</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Question code</source>
        <translation>Code de la question</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>Réponse obligatoire</translation>
    </message>
    <message>
        <source>Information line (no answer)</source>
        <translation>Ligne d&apos;information (sans réponse)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte d&apos;aide</translation>
    </message>
    <message>
        <source>Values of the list (key and names)</source>
        <translation>Valeurs de la liste (clé et noms)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Supprimer la valeur</translation>
    </message>
    <message>
        <source>Information line</source>
        <translation>Ligne d&apos;information</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Number</source>
        <extracomment>pages whose rows are kept (the view&apos;s screenful and its neighbours, several times over) shown in a row whose page was let go, until it is fetched again (field in the item, sort key on the server)</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prévu pour</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>counts per status for the current filters (status aside), and the total shown a page could not be fetched (the error) a page arrived (for measurements and tests): the number of rows now loaded the first page of a new query arrived (the view fits its columns to it) one slot per row loaded so far: its data, or None when its page was let go the pages that keep their rows, the one used last at the end a page let go that the view asked for: fetched again once the scrolling pauses False until a clerk is signed in: sorting the empty view must not ask the server a refresh was asked for, or a row changed, while a fetch was on its way: once more</extracomment>
        <translation>%1, en retard</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Search: number, name, street, words…</source>
        <extracomment>the request number the clerk selected</extracomment>
        <translation>Rechercher : numéro, nom, rue, mots…</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services municipaux</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Municipal e-services</source>
        <translation>Services municipaux en ligne</translation>
    </message>
    <message>
        <source>Receipt for a request</source>
        <translation>Reçu de dépôt de demande</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prévue pour</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Déposée par</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Keep this receipt to follow your request.</source>
        <translation>Gardez ce reçu pour suivre votre demande.</translation>
    </message>
    <message>
        <source>No printer is available. Ask the staff for help.</source>
        <translation>Aucune imprimante n&apos;est disponible. Demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>Le reçu a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <source>Could not save the receipt.</source>
        <translation>Impossible d&apos;enregistrer le reçu.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>What has happened so far</source>
        <extracomment>a photo&apos;s thumbnail, in pixels (decoded at this size on a worker thread) back to the list</extracomment>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>Add a comment for the municipality</source>
        <translation>Ajouter un commentaire pour la municipalité</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <source>The municipality says this is resolved</source>
        <translation>La municipalité indique que c&apos;est résolu</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Comment on the result (optional)</source>
        <translation>Commentaire sur le résultat (facultatif)</translation>
    </message>
    <message>
        <source>Send my rating</source>
        <translation>Envoyer ma note</translation>
    </message>
    <message>
        <source>Not solved? Tell us why</source>
        <translation>Pas résolu ? Dites-nous pourquoi</translation>
    </message>
    <message>
        <source>Reopen the request</source>
        <translation>Rouvrir la demande</translation>
    </message>
    <message>
        <source>Back to my requests</source>
        <translation>Retour à mes demandes</translation>
    </message>
    <message>
        <source>Is the problem fixed?</source>
        <translation>Le problème est-il réglé ?</translation>
    </message>
    <message>
        <source>Yes, it is fixed</source>
        <translation>Oui, c’est réglé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>If not: what is still wrong?</source>
        <translation>Sinon : qu’est-ce qui ne va toujours pas ?</translation>
    </message>
    <message>
        <source>No, it is not fixed</source>
        <translation>Non, ce n’est pas réglé</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Expected by: %1</source>
        <translation>Prévu pour le : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Same as request %1</source>
        <translation>Identique à la demande %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Tell the municipality what is still wrong.</source>
        <translation>Dites à la municipalité ce qui ne va toujours pas.</translation>
    </message>
    <message>
        <source>Tell the municipality why the problem is not solved.</source>
        <translation>Expliquez à la municipalité pourquoi le problème n&apos;est pas résolu.</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <source>Your draft could not be kept on this computer (is the disk full?).</source>
        <translation>Votre brouillon n&apos;a pas pu être conservé sur cet ordinateur (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Sign in to add photos to your request.</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue Confirm was pressed: a dict for the outbox (service, fields, attributes, key, photos) the server takes requests only from signed-in citizens and nobody is signed in the municipality wants a confirmed e-mail or mobile number before taking requests the draft this form saves into (a new one for each new form) the outbox item sent from this form, until its fate is known</extracomment>
        <translation>Connectez-vous pour joindre des photos à votre demande.</translation>
    </message>
    <message>
        <source>Describe the problem or what you need</source>
        <translation>Décrivez le problème ou votre besoin</translation>
    </message>
    <message>
        <source>Address or place description</source>
        <translation>Adresse ou description du lieu</translation>
    </message>
    <message>
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>Quartier, rue, repère le plus proche</translation>
    </message>
    <message>
        <source>Coordinates (optional)</source>
        <translation>Coordonnées (facultatif)</translation>
    </message>
    <message>
        <source>Or mark the place on the map (optional)</source>
        <translation>Ou marquez l’endroit sur la carte (facultatif)</translation>
    </message>
    <message>
        <source>Latitude, e.g. 31.53</source>
        <translation>Latitude, par ex. 31.53</translation>
    </message>
    <message>
        <source>Longitude, e.g. 35.09</source>
        <translation>Longitude, par ex. 35.09</translation>
    </message>
    <message>
        <source>How can the municipality reach you?</source>
        <extracomment>the citizen changed a contact field or the anonymous box</extracomment>
        <translation>Comment la municipalité peut-elle vous joindre ?</translation>
    </message>
    <message>
        <source>Report without my name</source>
        <translation>Signaler sans mon nom</translation>
    </message>
    <message>
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>Sans votre nom ni vos coordonnées, la municipalité ne pourra ni vous poser de questions ni vous prévenir quand le travail sera fait ; conservez le numéro de la demande pour la suivre.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Retour aux services</translation>
    </message>
    <message>
        <source>Please check your request before sending it</source>
        <translation>Vérifiez votre demande avant de l&apos;envoyer</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Confirmer et envoyer</translation>
    </message>
    <message>
        <source>Review the request</source>
        <translation>Vérifier la demande</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>Les coordonnées doivent être deux nombres, par ex. 31.53 et 35.09.</translation>
    </message>
    <message>
        <source>Please give an address or a place description.</source>
        <translation>Veuillez indiquer une adresse ou décrire le lieu.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <source>Please wait: the photos are still being prepared.</source>
        <translation>Veuillez patienter : les photos sont en cours de préparation.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
    <message>
        <source>The municipality did not accept this value.</source>
        <translation>La municipalité n&apos;a pas accepté cette valeur.</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Back to the catalogue</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
    <message>
        <source>How the citizen finds it</source>
        <translation>Comment le citoyen le trouve</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Target (working days)</source>
        <translation>Délai (jours ouvrés)</translation>
    </message>
    <message>
        <source>Realtime: a request number at once</source>
        <translation>Immédiat : un numéro de demande tout de suite</translation>
    </message>
    <message>
        <source>Batch: a number later, by token</source>
        <translation>Différé : un numéro plus tard, par jeton</translation>
    </message>
    <message>
        <source>Public issue (seen on the map, as a pothole)</source>
        <translation>Signalement public (visible sur la carte, comme un nid-de-poule)</translation>
    </message>
    <message>
        <source>Private transaction (as a certificate)</source>
        <translation>Démarche privée (comme un certificat)</translation>
    </message>
    <message>
        <source>The citizen gives the place</source>
        <translation>Le citoyen indique le lieu</translation>
    </message>
    <message>
        <source>In service (uncheck to retire it; its requests stay)</source>
        <translation>En service (décocher pour le retirer ; ses demandes restent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Search words (comma between)</source>
        <translation>Mots de recherche (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Save the service</source>
        <translation>Enregistrer le service</translation>
    </message>
    <message>
        <source>Mistakes to correct</source>
        <translation>Erreurs à corriger</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Version %1. Changing the questions makes a new version; requests made already keep theirs.</source>
        <translation>Version %1. Modifier les questions crée une nouvelle version ; les demandes déjà faites gardent la leur.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Leave the service without saving? What you changed here is lost.</source>
        <translation>Quitter le service sans enregistrer ? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Not saved: correct the mistakes listed above.</source>
        <translation>Non enregistré : corrigez les erreurs ci-dessus.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved (version %1). The citizens&apos; catalogue shows it now.</source>
        <translation>Enregistré (version %1). Le catalogue des citoyens l&apos;affiche désormais.</translation>
    </message>
    <message>
        <source>The server refused the service; nothing was saved.</source>
        <translation>Le serveur a refusé le service ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Question %1 (%2)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Correct these before saving (Enter on one goes to its field):</source>
        <translation>Corrigez ceci avant d&apos;enregistrer (Entrée sur une erreur mène à son champ) :</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>the profile field each way of being told needs a language code the look chosen: a theme (ui/theme.py&apos;s THEMES) and a text size in per cent the citizen wants to sign out the signed-in person wants their account page an address typed for the municipality&apos;s server (&quot;&quot; for the demo municipality) the citizen ticked or unticked a way to be told: {&quot;notify_email&quot;: True} and the like</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Municipality server</source>
        <translation>Serveur de la municipalité</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Like the rest of this computer</source>
        <translation>Comme le reste de cet ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>My account…</source>
        <translation>Mon compte…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Use the demo municipality</source>
        <translation>Utiliser la municipalité de démonstration</translation>
    </message>
    <message>
        <source>When your request changes</source>
        <translation>Quand votre demande change</translation>
    </message>
    <message>
        <source>Tell me by e-mail</source>
        <translation>Me prévenir par e-mail</translation>
    </message>
    <message>
        <source>Tell me by SMS</source>
        <translation>Me prévenir par SMS</translation>
    </message>
    <message>
        <source>Enter the address of the municipality&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de la municipalité.</translation>
    </message>
    <message>
        <source>This is not a web address. It looks like https://eservices.example.ps</source>
        <translation>Ce n&apos;est pas une adresse web. Elle ressemble à https://eservices.example.ps</translation>
    </message>
    <message>
        <source>Use an address that starts with https:// so that your password and details travel encrypted.</source>
        <translation>Utilisez une adresse qui commence par https:// pour que votre mot de passe et vos données circulent chiffrés.</translation>
    </message>
    <message>
        <source>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</source>
        <translation>La municipalité de démonstration est utilisée. Pour joindre votre municipalité, saisissez l&apos;adresse qu&apos;elle publie pour cette application.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>This computer has no usable password store, so you will need to sign in again next time.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre de mots de passe utilisable : vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Your account has no mobile number, so SMS cannot be chosen.</source>
        <translation>Votre compte n’a pas de numéro de mobile : les SMS ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <source>Your account has no e-mail address, so e-mail cannot be chosen.</source>
        <translation>Votre compte n’a pas d’adresse e-mail : l’e-mail ne peut pas être choisi.</translation>
    </message>
    <message>
        <source>Your choices could not be loaded: %1 Open Settings again to retry.</source>
        <translation>Vos choix n’ont pas pu être chargés : %1 Rouvrez les Paramètres pour réessayer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A kiosk is already running with this data folder.</source>
        <extracomment>subcommands, each a module with main(argv) -&gt; exit code</extracomment>
        <translation>Une borne fonctionne déjà avec ce dossier de données.</translation>
    </message>
    <message>
        <source>The app is already open: its window is brought to the front.</source>
        <translation>L&apos;application est déjà ouverte : sa fenêtre est mise au premier plan.</translation>
    </message>
    <message>
        <source>The app is already open with this data folder.</source>
        <translation>L&apos;application est déjà ouverte avec ce dossier de données.</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>&apos;time_zone&apos; is &apos;%1&apos; but must be an IANA time zone such as Asia/Hebron.</source>
        <translation>« time_zone » vaut « %1 » mais doit être un fuseau horaire IANA, par exemple Asia/Hebron.</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>du texte entre guillemets</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list of language codes, like [&quot;ar&quot;, &quot;en&quot;]</source>
        <translation>une liste de codes de langue, comme [&quot;ar&quot;, &quot;en&quot;]</translation>
    </message>
    <message>
        <source>This is not valid TOML (%1). Check quotes, brackets and the = sign.</source>
        <translation>Ce n’est pas du TOML valide (%1). Vérifiez les guillemets, les crochets et le signe =.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>Réglage inconnu « %1 ». Vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Réglage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read from the site configuration only, not from a user&apos;s file.</source>
        <translation>« %1 » n’est lu que dans la configuration du site, pas dans le fichier d’un utilisateur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2.</source>
        <translation>« %1 » doit être %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 but must be at least %3.</source>
        <translation>« %1 » vaut %2 mais doit être au moins %3.</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must list one or more of ar, en, fr (not: %1).</source>
        <translation>« languages » doit contenir une ou plusieurs langues parmi ar, en, fr (pas : %1).</translation>
    </message>
    <message>
        <source>&apos;language&apos; is &apos;%1&apos; but must be ar, en or fr.</source>
        <translation>« language » vaut « %1 » mais doit être ar, en ou fr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 but must be at most %3.</source>
        <translation>« %1 » vaut %2 mais doit être au plus %3.</translation>
    </message>
    <message>
        <source>&apos;theme&apos; is &apos;%1&apos; but must be &quot;system&quot;, &quot;light&quot;, &quot;dark&quot; or &quot;high-contrast&quot;.</source>
        <translation>« theme » vaut « %1 » mais doit être &quot;system&quot;, &quot;light&quot;, &quot;dark&quot; ou &quot;high-contrast&quot;.</translation>
    </message>
    <message>
        <source>&apos;digits&apos; is &apos;%1&apos; but must be &quot;western&quot; or &quot;arabic-indic&quot;.</source>
        <translation>« digits » vaut « %1 » mais doit être &quot;western&quot; ou &quot;arabic-indic&quot;.</translation>
    </message>
    <message>
        <source>&apos;language&apos; is &apos;%1&apos;, which is not among the languages offered (%2).</source>
        <translation>« language » vaut « %1 », qui ne fait pas partie des langues proposées (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos;: the address must start with one of: %3.</source>
        <translation>« %1 » vaut « %2 » : l’adresse doit commencer par l’un de : %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos;: this is not a web address with a host name.</source>
        <translation>« %1 » vaut « %2 » : ce n’est pas une adresse web avec un nom d’hôte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http:// to another computer, so passwords would travel unencrypted. Use https://, or set allow_plain_http = true in the site file.</source>
        <translation>« %1 » utilise http:// non chiffré vers un autre ordinateur, et les mots de passe circuleraient en clair. Utilisez https://, ou mettez allow_plain_http = true dans le fichier du site.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should name a system printer, or a thermal printer as escpos:/dev/usb/lp0 or escpos+tcp://host:9100 (%2).</source>
        <translation>&apos;%1&apos; doit nommer une imprimante du système, ou une imprimante thermique de tickets sous la forme escpos:/dev/usb/lp0 ou escpos+tcp://hôte:9100 (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain {z}, {x} and {y}, like https://tile.example/{z}/{x}/{y}.png</source>
        <translation>« %1 » doit contenir {z}, {x} et {y}, comme https://tile.example/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>&apos;ca_bundle&apos; names &apos;%1&apos;, but there is no such file.</source>
        <translation>« ca_bundle » désigne « %1 », mais ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>&apos;ca_bundle&apos; names &apos;%1&apos;, which is not a PEM certificate file.</source>
        <translation>« ca_bundle » désigne « %1 », qui n’est pas un fichier de certificats PEM.</translation>
    </message>
    <message>
        <source>&apos;admin_pin_hash&apos; is not a PIN hash made by the app. Make one with: citizen-app config pin-hash</source>
        <translation>« admin_pin_hash » n’est pas une empreinte de code PIN faite par l’application. Créez-en une avec : citizen-app config pin-hash</translation>
    </message>
    <message>
        <source>&apos;idle_warning&apos; (%1 s) must be shorter than &apos;idle_timeout&apos; (%2 s).</source>
        <translation>« idle_warning » (%1 s) doit être plus court que « idle_timeout » (%2 s).</translation>
    </message>
    <message>
        <source>Environment variable %1: %2</source>
        <translation>Variable d’environnement %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>Toute la municipalité</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de portable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Give an e-mail or a mobile number.</source>
        <translation>Indiquez un courriel ou un numéro de portable.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>Un autre compte utilise déjà ce courriel ou ce numéro.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account.</source>
        <translation>Vous ne pouvez pas retirer le rôle d’administrateur à votre propre compte.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse électronique n’est pas valide.</translation>
    </message>
    <message>
        <source>This mobile number is not valid.</source>
        <translation>Ce numéro de portable n’est pas valide.</translation>
    </message>
    <message>
        <source>This department is no longer in the catalogue.</source>
        <translation>Ce service ne figure plus au catalogue.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Vérifiez ce champ.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail or mobile</source>
        <translation>Courriel ou portable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>New staff account…</source>
        <translation>Nouveau compte du personnel…</translation>
    </message>
    <message>
        <source>Change role or department…</source>
        <translation>Changer le rôle ou le service…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Waiting for a new password</source>
        <translation>En attente d’un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services municipaux</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation>Vous ne pouvez pas faire cela à votre propre compte.</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out at once and cannot sign in until the account is reactivated.</source>
        <translation>Désactiver %1 ? La personne est déconnectée aussitôt et ne peut plus se connecter tant que le compte n’est pas réactivé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their current password stops working and they are signed out everywhere.</source>
        <translation>Donner à %1 un nouveau mot de passe à usage unique ? Son mot de passe actuel cesse de fonctionner et la personne est déconnectée partout.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Statistics</source>
        <extracomment>the clerk wants the figures again</extracomment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>Demandes par statut</translation>
    </message>
    <message>
        <source>Requests by service</source>
        <translation>Demandes par service</translation>
    </message>
    <message>
        <source>Opened and resolved per week</source>
        <translation>Ouvertes et résolues par semaine</translation>
    </message>
    <message>
        <source>Median hours to resolve, by service</source>
        <translation>Heures médianes de résolution, par service</translation>
    </message>
    <message>
        <source>%1 requests | %2 overdue | median time to resolve: %3 hours</source>
        <translation>%1 demandes | %2 en retard | délai médian de résolution : %3 heures</translation>
    </message>
    <message>
        <source>Kiosk visitors: %1 good | %2 acceptable | %3 not good</source>
        <translation>Visiteurs des bornes : %1 bien | %2 correct | %3 pas bien</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier : %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <extracomment>the server&apos;s statuses of a request, in the order a request goes through them</extracomment>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo ajoutée</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Expected date set</source>
        <translation>Date prévue fixée</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Now: %1</source>
        <extracomment>where an off-path status stands on the path</extracomment>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>Progress of the request: %1</source>
        <translation>Avancement de la demande : %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Statuses</source>
        <extracomment>statuses a clerk moves a request to with a note (&quot;submitted&quot; is where requests start)</extracomment>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Template in %1</source>
        <translation>Modèle en %1</translation>
    </message>
    <message>
        <source>Save the templates</source>
        <translation>Enregistrer les modèles</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>The note a clerk starts from when the request becomes: %1</source>
        <translation>La note de départ de l&apos;agent quand la demande passe à : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>A template may have at most 2000 characters.</source>
        <translation>Un modèle compte 2000 caractères au plus.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. Clerks get these templates at their next refresh.</source>
        <translation>Enregistré. Les agents reçoivent ces modèles à leur prochaine actualisation.</translation>
    </message>
    <message>
        <source>The server refused a template: check it for unusual characters.</source>
        <translation>Le serveur a refusé un modèle : vérifiez qu&apos;il ne contient pas de caractères inhabituels.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>What has happened so far</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Cette photo ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>UnsentPage</name>
    <message>
        <source>Drafts and outbox</source>
        <extracomment>a draft id to continue a draft id to throw away an outbox item id to try again now an outbox item id to cancel (unsent) or clear from the list (sent)</extracomment>
        <translation>Brouillons et envois</translation>
    </message>
    <message>
        <source>Drafts: requests you started</source>
        <translation>Brouillons : les demandes que vous avez commencées</translation>
    </message>
    <message>
        <source>Outbox: requests on their way to the municipality</source>
        <translation>Boîte d&apos;envoi : les demandes en route vers la municipalité</translation>
    </message>
    <message>
        <source>No drafts. What you type in a form is kept here.</source>
        <translation>Aucun brouillon. Ce que vous saisissez dans un formulaire est gardé ici.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — enregistré le %2</translation>
    </message>
    <message>
        <source>Sent. Request number: %1</source>
        <translation>Envoyée. Numéro de la demande : %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyée.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: sign in again, then try again.</source>
        <translation>Non envoyée : reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Not sent: this app is not allowed to send requests to this server.</source>
        <translation>Non envoyée : cette application n&apos;est pas autorisée à envoyer des demandes à ce serveur.</translation>
    </message>
    <message>
        <source>Not sent: confirm your e-mail or mobile number first (My account), then try again.</source>
        <translation>Non envoyée : confirmez d’abord votre courriel ou votre numéro de portable (Mon compte), puis réessayez.</translation>
    </message>
    <message>
        <source>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</source>
        <translation>Non envoyée : la municipalité ne l&apos;a pas acceptée (le service a peut-être changé). Réessayez, ou annulez-la et faites une nouvelle demande.</translation>
    </message>
    <message>
        <source>Waiting for a connection. It will be sent by itself.</source>
        <translation>En attente de connexion. Elle partira d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The server is busy. It will be sent by itself a little later.</source>
        <translation>Le serveur est occupé. Elle partira d&apos;elle-même un peu plus tard.</translation>
    </message>
    <message>
        <source>The server has a problem. It will be sent by itself a little later.</source>
        <translation>Le serveur a un problème. Elle partira d&apos;elle-même un peu plus tard.</translation>
    </message>
    <message>
        <source>Received. Waiting for the municipality to number it.</source>
        <translation>Reçue. En attente de son numéro par la municipalité.</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>En attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more is sent from this connection. It will be sent by itself later; signing in may let it go sooner.</source>
        <translation>La municipalité demande d&apos;attendre avant d&apos;envoyer davantage depuis cette connexion. Il partira de lui-même plus tard ; en vous connectant, il pourra partir plus tôt.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Confirm your e-mail and mobile number</source>
        <extracomment>the person goes on (confirmed or not) an address was confirmed: the profile as the server now has it</extracomment>
        <translation>Confirmez votre courriel et votre numéro de portable</translation>
    </message>
    <message>
        <source>We sent a code to each address you gave. Type it here to confirm that the address is yours: the municipality tells you about your requests only at confirmed addresses, and they let you recover your password.</source>
        <translation>Nous avons envoyé un code à chaque adresse indiquée. Saisissez-le ici pour confirmer qu’elle est bien à vous : la municipalité ne vous écrit au sujet de vos demandes qu’aux adresses confirmées, et elles vous permettent de retrouver votre mot de passe.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the e-services of %1</source>
        <extracomment>the citizen is signed in (user dict) or chose to continue without an account (None) a new account was created and signed in (its profile, and the addresses a confirmation code was sent to): the app asks for the codes a request number to look up (no account needed) each field&apos;s error, shown under it until the field is changed</extracomment>
        <translation>Bienvenue sur les services en ligne de %1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Saisissez votre nom complet.</translation>
    </message>
    <message>
        <source>Enter an e-mail or a mobile phone number.</source>
        <translation>Saisissez une adresse e-mail ou un numéro de mobile.</translation>
    </message>
    <message>
        <source>Welcome to your municipality&apos;s e-services</source>
        <translation>Bienvenue sur les services en ligne de votre municipalité</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>J&apos;ai un compte</translation>
    </message>
    <message>
        <source>E-mail or mobile phone</source>
        <translation>Courriel ou téléphone portable</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Mot de passe (8 caractères au moins)</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>Numéro d&apos;identité (facultatif)</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Continue without an account</source>
        <translation>Continuer sans compte</translation>
    </message>
    <message>
        <source>Without an account you can still submit requests; keep their numbers to follow them.</source>
        <translation>Sans compte, vous pouvez tout de même déposer des demandes ; conservez leurs numéros pour les suivre.</translation>
    </message>
    <message>
        <source>Follow a request by its number:</source>
        <translation>Suivre une demande par son numéro :</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Numéro de la demande</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Votre mot de passe a été changé. Connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <source>Enter your e-mail or phone and your password.</source>
        <translation>Saisissez votre courriel ou votre téléphone et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>The e-mail, phone or password is not right.</source>
        <translation>Le courriel, le téléphone ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>An account with this e-mail or phone already exists. Sign in instead.</source>
        <translation>Un compte existe déjà avec ce courriel ou ce téléphone. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>The ID number is not valid. Check its nine digits.</source>
        <translation>Le numéro d&apos;identité n&apos;est pas valide. Vérifiez ses neuf chiffres.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse électronique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Le numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit contenir au moins 8 caractères.</translation>
    </message>
</context>
</TS>
