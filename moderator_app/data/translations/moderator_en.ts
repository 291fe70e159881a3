<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Edit account</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <source>Profile URL</source>
            <translation>Profile URL</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>Followers</translation>
        </message>
    </context>
    <context>
        <name>AddIndicatorDialog</name>
        <message>
            <source>Add an indicator</source>
            <translation>Add an indicator</translation>
        </message>
        <message>
            <source>Recognise it</source>
            <translation>Recognise it</translation>
        </message>
        <message>
            <source>e.g. 0912 345 678, STK 0123456789 Vietcombank, a link</source>
            <translation>e.g. 0912 345 678, STK 0123456789 Vietcombank, a link</translation>
        </message>
        <message>
            <source>Where it was seen (optional)</source>
            <translation>Where it was seen (optional)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend the decision on {0}</source>
            <translation>Amend the decision on {0}</translation>
        </message>
        <message>
            <source>The meeting is finalized. The decision stays on record; the amendment is a new decision that names it.</source>
            <translation>The meeting is finalized. The decision stays on record; the amendment is a new decision that names it.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Rationale of the amendment</source>
            <translation>Rationale of the amendment</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>&amp;Rationale</source>
            <translation>&amp;Rationale</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>The platform's answer — case {0}</source>
            <translation>The platform's answer — case {0}</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <source>&amp;Reason given</source>
            <translation>&amp;Reason given</translation>
        </message>
        <message>
            <source>Answered a&amp;t (Vietnam time)</source>
            <translation>Answered a&amp;t (Vietnam time)</translation>
        </message>
        <message>
            <source>Answered at (Vietnam time)</source>
            <translation>Answered at (Vietnam time)</translation>
        </message>
        <message>
            <source>Members recorded different answers: the answer recorded now settles it for everyone.</source>
            <translation>Members recorded different answers: the answer recorded now settles it for everyone.</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Record the answer</translation>
        </message>
        <message>
            <source>Required for a refusal: the reason the platform gave.</source>
            <translation>Required for a refusal: the reason the platform gave.</translation>
        </message>
        <message>
            <source>Optional: what the platform said.</source>
            <translation>Optional: what the platform said.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Digital Trust Moderator</source>
            <translation>Digital Trust Moderator</translation>
        </message>
        <message>
            <source>Encrypt the data</source>
            <translation>Encrypt the data</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>The data on this computer is encrypted.</source>
            <translation>The data on this computer is encrypted.</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>The backup was restored.</translation>
        </message>
        <message>
            <source>This workspace ({0}) is already open, in another window or a command ({1}). Close it first, then start again.</source>
            <translation>This workspace ({0}) is already open, in another window or a command ({1}). Close it first, then start again.</translation>
        </message>
        <message>
            <source>The disk that holds the workspace is full, so it cannot be opened. Free some space on it and start again; nothing was changed.</source>
            <translation>The disk that holds the workspace is full, so it cannot be opened. Free some space on it and start again; nothing was changed.</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of Digital Trust Moderator. Install that version (or a later one) to open it; nothing was changed.</source>
            <translation>This workspace was written by a newer version of Digital Trust Moderator. Install that version (or a later one) to open it; nothing was changed.</translation>
        </message>
        <message>
            <source>The database {0} failed its integrity check and has not been changed.</source>
            <translation>The database {0} failed its integrity check and has not been changed.</translation>
        </message>
        <message>
            <source>There is no good backup to restore.</source>
            <translation>There is no good backup to restore.</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>The database failed its integrity check and has not been changed.

Restore the latest good backup, taken {0}? The damaged file is kept aside.</source>
            <translation>The database failed its integrity check and has not been changed.

Restore the latest good backup, taken {0}? The damaged file is kept aside.</translation>
        </message>
        <message>
            <source>this device's identity (its signing key)</source>
            <translation>this device's identity (its signing key)</translation>
        </message>
        <message>
            <source>{0} evidence file(s)</source>
            <translation>{0} evidence file(s)</translation>
        </message>
        <message>
            <source>{0} backup(s)</source>
            <translation>{0} backup(s)</translation>
        </message>
        <message>
            <source>The database {0} is missing.</source>
            <translation>The database {0} is missing.</translation>
        </message>
        <message>
            <source>The database {0} is empty (0 bytes).</source>
            <translation>The database {0} is empty (0 bytes).</translation>
        </message>
        <message>
            <source>This data folder still holds {0}: the workspace had work in it, so the application does not start an empty workspace over it.</source>
            <translation>This data folder still holds {0}: the workspace had work in it, so the application does not start an empty workspace over it.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. To rebuild this workspace from the shared folder, join the committee again from a new data folder (start the application with --data-dir NEW_FOLDER, then Sync ▸ Sync settings… ▸ Join a committee…): once the chair approves the new device, the next sync brings back the committee's history, your published changes included.</source>
            <translation>There is no good backup to restore. To rebuild this workspace from the shared folder, join the committee again from a new data folder (start the application with --data-dir NEW_FOLDER, then Sync ▸ Sync settings… ▸ Join a committee…): once the chair approves the new device, the next sync brings back the committee's history, your published changes included.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. Put a copy of the database file back if you have one, or move this folder away to start an empty workspace.</source>
            <translation>There is no good backup to restore. Put a copy of the database file back if you have one, or move this folder away to start an empty workspace.</translation>
        </message>
        <message>
            <source>Restore the latest good backup, taken {0}?</source>
            <translation>Restore the latest good backup, taken {0}?</translation>
        </message>
        <message>
            <source>After the restore, let the first sync finish (Sync ▸ Sync now) before changing anything: it brings back your changes published to the shared folder after the backup.</source>
            <translation>After the restore, let the first sync finish (Sync ▸ Sync now) before changing anything: it brings back your changes published to the shared folder after the backup.</translation>
        </message>
        <message>
            <source>The database is missing</source>
            <translation>The database is missing</translation>
        </message>
        <message>
            <source>The database is empty</source>
            <translation>The database is empty</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>The data of this workspace is encrypted. Passphrase:</source>
            <translation>The data of this workspace is encrypted. Passphrase:</translation>
        </message>
        <message>
            <source>Open the encrypted workspace</source>
            <translation>Open the encrypted workspace</translation>
        </message>
        <message>
            <source>The data of this workspace is encrypted. That passphrase is not right; try again:</source>
            <translation>The data of this workspace is encrypted. That passphrase is not right; try again:</translation>
        </message>
        <message>
            <source>This device's signing key is protected. Passphrase (needed to sync; Cancel to work without syncing):</source>
            <translation>This device's signing key is protected. Passphrase (needed to sync; Cancel to work without syncing):</translation>
        </message>
        <message>
            <source>Unlock the signing key</source>
            <translation>Unlock the signing key</translation>
        </message>
        <message>
            <source>That passphrase is not right. Try again:</source>
            <translation>That passphrase is not right. Try again:</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>Appeal against the decision on {0}</source>
            <translation>Appeal against the decision on {0}</translation>
        </message>
        <message>
            <source>Appeals are accepted until {0}. The case goes back onto the next open meeting's agenda; the decision keeps its record.</source>
            <translation>Appeals are accepted until {0}. The case goes back onto the next open meeting's agenda; the decision keeps its record.</translation>
        </message>
        <message>
            <source>Grounds of the appeal</source>
            <translation>Grounds of the appeal</translation>
        </message>
        <message>
            <source>Who appeals and on what grounds</source>
            <translation>Who appeals and on what grounds</translation>
        </message>
    </context>
    <context>
        <name>Attacher</name>
        <message>
            <source>The files could not be copied because of an error in the application; the details are in the log file.</source>
            <translation>The files could not be copied because of an error in the application; the details are in the log file.</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>Attach evidence</translation>
        </message>
        <message>
            <source>Evidence (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.html *.htm *.mp4 *.webm *.mp3 *.zip);;All files (*)</source>
            <translation>Evidence (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.html *.htm *.mp4 *.webm *.mp3 *.zip);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>Made on request</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Before an update of the application</source>
            <translation>Before an update of the application</translation>
        </message>
        <message>
            <source>The backup was not restored, and nothing was changed: {0}</source>
            <translation>The backup was not restored, and nothing was changed: {0}</translation>
        </message>
        <message>
            <source>The backup was restored, but the sync that brings back your changes synced after the backup did not run: {0}

Sync before changing anything, as soon as that is possible.</source>
            <translation>The backup was restored, but the sync that brings back your changes synced after the backup did not run: {0}

Sync before changing anything, as soon as that is possible.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>See the database's backups, make one now, or restore one</source>
            <translation>See the database's backups, make one now, or restore one</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Copies of this computer's database, kept in {0}: one a day (the last 7 days and one for each of the last 4 weeks), one before every update of the application, and those you make.</source>
            <translation>Copies of this computer's database, kept in {0}: one a day (the last 7 days and one for each of the last 4 weeks), one before every update of the application, and those you make.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Backup status</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Back up the database now</source>
            <translation>Back up the database now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Restore the selected backup</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backed up: {0}</source>
            <translation>Backed up: {0}</translation>
        </message>
        <message>
            <source>The backup was not made.</source>
            <translation>The backup was not made.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Restore the backup of {0}?</source>
            <translation>Restore the backup of {0}?</translation>
        </message>
        <message>
            <source>The database will be replaced by this backup: everything recorded on this computer after {0} will no longer be in it.</source>
            <translation>The database will be replaced by this backup: everything recorded on this computer after {0} will no longer be in it.</translation>
        </message>
        <message>
            <source>The application will then sync once: changes of yours that were already synced come back from the shared folder; changes never synced are lost.</source>
            <translation>The application will then sync once: changes of yours that were already synced come back from the shared folder; changes never synced are lost.</translation>
        </message>
        <message>
            <source>The current database is backed up first and kept aside in {0}, so nothing is destroyed.</source>
            <translation>The current database is backed up first and kept aside in {0}, so nothing is destroyed.</translation>
        </message>
        <message>
            <source>All windows will close and the application will open again on the restored data.</source>
            <translation>All windows will close and the application will open again on the restored data.</translation>
        </message>
        <message>
            <source>Restore and reopen</source>
            <translation>Restore and reopen</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Working-day deadlines skip weekends and the days below: not counting public holidays and Tết.</source>
            <translation>Working-day deadlines skip weekends and the days below: not counting public holidays and Tết.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>Day off</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Days off</translation>
        </message>
        <message>
            <source>Date of the day off</source>
            <translation>Date of the day off</translation>
        </message>
        <message>
            <source>What the day off is (e.g. the government's announced bridge day)</source>
            <translation>What the day off is (e.g. the government's announced bridge day)</translation>
        </message>
        <message>
            <source>Name of the day off</source>
            <translation>Name of the day off</translation>
        </message>
        <message>
            <source>&amp;Add day off</source>
            <translation>&amp;Add day off</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Remove selected</translation>
        </message>
        <message>
            <source>Changes are recorded at once and reach the other members with the next sync.</source>
            <translation>Changes are recorded at once and reach the other members with the next sync.</translation>
        </message>
        <message>
            <source>Only the chair or the secretary changes the calendar ({0}); you are {1}.</source>
            <translation>Only the chair or the secretary changes the calendar ({0}); you are {1}.</translation>
        </message>
        <message>
            <source>&amp;Make it a day off again</source>
            <translation>&amp;Make it a day off again</translation>
        </message>
        <message>
            <source>{0} (the committee works this day)</source>
            <translation>{0} (the committee works this day)</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Law</translation>
        </message>
        <message>
            <source>Day off not added</source>
            <translation>Day off not added</translation>
        </message>
        <message>
            <source>Calendar not changed</source>
            <translation>Calendar not changed</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Sensitive content hidden. Click to show it.</source>
            <translation>Sensitive content hidden. Click to show it.</translation>
        </message>
        <message>
            <source>Show sensitive content</source>
            <translation>Show sensitive content</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailWindow</name>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Case title</source>
            <translation>Case title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Urgent: request removal within 24 hours</source>
            <translation>Urgent: request removal within 24 hours</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Track</translation>
        </message>
        <message>
            <source>Normal path</source>
            <translation>Normal path</translation>
        </message>
        <message>
            <source>Starts a countdown of its own, counted in hours (holidays included)</source>
            <translation>Starts a countdown of its own, counted in hours (holidays included)</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>Open the influencer's profile</source>
            <translation>Open the influencer's profile</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Case sections</source>
            <translation>Case sections</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Influencer profile</source>
            <translation>Influencer profile</translation>
        </message>
        <message>
            <source>Request &amp;takedown…</source>
            <translation>Request &amp;takedown…</translation>
        </message>
        <message>
            <source>Record a takedown request sent to a platform about this case's content</source>
            <translation>Record a takedown request sent to a platform about this case's content</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Selected report</source>
            <translation>Selected report</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Open in the evidence viewer</source>
            <translation>Open in the evidence viewer</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Add files to this case</source>
            <translation>Add files to this case</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Not attached</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Notes and comments</translation>
        </message>
        <message>
            <source>Write a comment for the committee… (Ctrl+Enter to add)</source>
            <translation>Write a comment for the committee… (Ctrl+Enter to add)</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>New comment</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>same URL</source>
            <translation>same URL</translation>
        </message>
        <message>
            <source>same evidence file</source>
            <translation>same evidence file</translation>
        </message>
        <message>
            <source>similar image</source>
            <translation>similar image</translation>
        </message>
        <message>
            <source>shared indicators</source>
            <translation>shared indicators</translation>
        </message>
        <message>
            <source>same influencer</source>
            <translation>same influencer</translation>
        </message>
        <message>
            <source>same {0}</source>
            <translation>same {0}</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Related cases</source>
            <translation>Related cases</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>For / against / abstain</source>
            <translation>For / against / abstain</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Remedied</source>
            <translation>Remedied</translation>
        </message>
        <message>
            <source>Indicators ({0})</source>
            <translation>Indicators ({0})</translation>
        </message>
        <message>
            <source>Takedowns ({0})</source>
            <translation>Takedowns ({0})</translation>
        </message>
        <message>
            <source>Remedied on {0}</source>
            <translation>Remedied on {0}</translation>
        </message>
        <message>
            <source>Recorded by the chair, the secretary or a reviewer</source>
            <translation>Recorded by the chair, the secretary or a reviewer</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>The comment you are writing has not been added. Close the case and discard it?</source>
            <translation>The comment you are writing has not been added. Close the case and discard it?</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Selected decision</source>
            <translation>Selected decision</translation>
        </message>
        <message>
            <source>Record completed correction…</source>
            <translation>Record completed correction…</translation>
        </message>
        <message>
            <source>This case no longer exists.</source>
            <translation>This case no longer exists.</translation>
        </message>
        <message>
            <source>Case {0} — {1}</source>
            <translation>Case {0} — {1}</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>Conflicting changes to resolve: {0}</source>
            <translation>Conflicting changes to resolve: {0}</translation>
        </message>
        <message>
            <source>This case was merged into {0}.</source>
            <translation>This case was merged into {0}.</translation>
        </message>
        <message>
            <source>→ {0}</source>
            <translation>→ {0}</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>into {0}</source>
            <translation>into {0}</translation>
        </message>
        <message>
            <source>from {0}</source>
            <translation>from {0}</translation>
        </message>
        <message>
            <source>Reports ({0})</source>
            <translation>Reports ({0})</translation>
        </message>
        <message>
            <source>Evidence ({0})</source>
            <translation>Evidence ({0})</translation>
        </message>
        <message>
            <source>Notes ({0})</source>
            <translation>Notes ({0})</translation>
        </message>
        <message>
            <source>Annotations ({0})</source>
            <translation>Annotations ({0})</translation>
        </message>
        <message>
            <source>Related ({0})</source>
            <translation>Related ({0})</translation>
        </message>
        <message>
            <source>Deadlines ({0})</source>
            <translation>Deadlines ({0})</translation>
        </message>
        <message>
            <source>Decisions ({0})</source>
            <translation>Decisions ({0})</translation>
        </message>
        <message>
            <source>No notes or comments yet.</source>
            <translation>No notes or comments yet.</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Seen</translation>
        </message>
        <message>
            <source>Reporter's contact (private)</source>
            <translation>Reporter's contact (private)</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Follow-up actions</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>No decision yet.</source>
            <translation>No decision yet.</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Appeals</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Why is this case now “{0}”?</source>
            <translation>Why is this case now “{0}”?</translation>
        </message>
        <message>
            <source>No evidence yet: attach files first</source>
            <translation>No evidence yet: attach files first</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <source>Export the case file</source>
            <translation>Export the case file</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CaseEvidenceBar</name>
        <message>
            <source>Copying {0} file(s)…</source>
            <translation>Copying {0} file(s)…</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Add files to this case (or drop them here)</source>
            <translation>Add files to this case (or drop them here)</translation>
        </message>
        <message>
            <source>Open evidence viewer</source>
            <translation>Open evidence viewer</translation>
        </message>
        <message>
            <source>Enter or double-click opens an item</source>
            <translation>Enter or double-click opens an item</translation>
        </message>
        <message>
            <source>No evidence yet: drop files here</source>
            <translation>No evidence yet: drop files here</translation>
        </message>
        <message>
            <source>Attached {0} file(s) to {1}</source>
            <translation>Attached {0} file(s) to {1}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Appeals</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Remedied</source>
            <translation>Remedied</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Merged from</source>
            <translation>Merged from</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Merged into</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Notes and comments</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Printed on {0} by Digital Trust Moderator {1}</source>
            <translation>Printed on {0} by Digital Trust Moderator {1}</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Re-checks</source>
            <translation>Re-checks</translation>
        </message>
        <message>
            <source>Takedown requests</source>
            <translation>Takedown requests</translation>
        </message>
        <message>
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>CaseIndicatorsPanel</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Elsewhere</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Found in</translation>
        </message>
        <message>
            <source>not relevant</source>
            <translation>not relevant</translation>
        </message>
        <message>
            <source>The case's indicators</source>
            <translation>The case's indicators</translation>
        </message>
        <message>
            <source>Other cases with this indicator</source>
            <translation>Other cases with this indicator</translation>
        </message>
        <message>
            <source>No indicators yet. Phone numbers, bank accounts, links, accounts and images are drawn from the case's reports and evidence in the background; add one by hand if it was missed.</source>
            <translation>No indicators yet. Phone numbers, bank accounts, links, accounts and images are drawn from the case's reports and evidence in the background; add one by hand if it was missed.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Take off the case…</source>
            <translation>Take off the case…</translation>
        </message>
        <message>
            <source>Network…</source>
            <translation>Network…</translation>
        </message>
        <message>
            <source>Influencers and cases linked to this case by shared indicators</source>
            <translation>Influencers and cases linked to this case by shared indicators</translation>
        </message>
        <message>
            <source>only here</source>
            <translation>only here</translation>
        </message>
        <message numerus="yes">
            <source>%n other case(s)</source>
            <translation>
                <numerusform>1 other case</numerusform>
                <numerusform>%n other cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other influencer(s)</source>
            <translation>
                <numerusform>1 other influencer</numerusform>
                <numerusform>%n other influencers</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked not relevant</source>
            <translation>Marked not relevant</translation>
        </message>
        <message>
            <source>report</source>
            <translation>report</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>{0} is also seen in: {1}</source>
            <translation>{0} is also seen in: {1}</translation>
        </message>
        <message>
            <source>{0} is not seen in any other case.</source>
            <translation>{0} is not seen in any other case.</translation>
        </message>
        <message>
            <source>Take an indicator off the case</source>
            <translation>Take an indicator off the case</translation>
        </message>
        <message>
            <source>Why is {0} not an indicator of this case? (kept in the history)</source>
            <translation>Why is {0} not an indicator of this case? (kept in the history)</translation>
        </message>
    </context>
    <context>
        <name>CasePreview</name>
        <message>
            <source>Case preview</source>
            <translation>Case preview</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Conflicting changes to resolve</source>
            <translation>Conflicting changes to resolve</translation>
        </message>
        <message>
            <source>Triage actions</source>
            <translation>Triage actions</translation>
        </message>
        <message>
            <source>No case selected.</source>
            <translation>No case selected.</translation>
        </message>
        <message>
            <source>The actions below apply to all of them, with one shared reason.</source>
            <translation>The actions below apply to all of them, with one shared reason.</translation>
        </message>
        <message>
            <source>{0} cases selected</source>
            <translation>{0} cases selected</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… and {0} more</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Decision (amended)</source>
            <translation>Decision (amended)</translation>
        </message>
        <message>
            <source>{0}, meeting “{1}”</source>
            <translation>{0}, meeting “{1}”</translation>
        </message>
        <message>
            <source>{0} for, {1} against, {2} abstaining</source>
            <translation>{0} for, {1} against, {2} abstaining</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Open the case to see all reports.</source>
            <translation>Open the case to see all reports.</translation>
        </message>
        <message>
            <source>Latest notes</source>
            <translation>Latest notes</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>No evidence attached yet.</source>
            <translation>No evidence attached yet.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceDelegate</name>
        <message>
            <source>Choice</source>
            <translation>Choice</translation>
        </message>
    </context>
    <context>
        <name>ChooseCaseDialog</name>
        <message>
            <source>Attach evidence</source>
            <translation>Attach evidence</translation>
        </message>
        <message>
            <source>Which case is {0} evidence for?</source>
            <translation>Which case is {0} evidence for?</translation>
        </message>
        <message>
            <source>Search: case reference, influencer, any word</source>
            <translation>Search: case reference, influencer, any word</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Attach</translation>
        </message>
    </context>
    <context>
        <name>ChooseMeetingDialog</name>
        <message>
            <source>Put the suspension proposal on an agenda</source>
            <translation>Put the suspension proposal on an agenda</translation>
        </message>
        <message>
            <source>Choose the meeting that will consider suspending {0}:</source>
            <translation>Choose the meeting that will consider suspending {0}:</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>No upcoming meeting: create one first.</source>
            <translation>No upcoming meeting: create one first.</translation>
        </message>
    </context>
    <context>
        <name>ChooseProfileDialog</name>
        <message>
            <source>Merge a profile into {0}</source>
            <translation>Merge a profile into {0}</translation>
        </message>
        <message>
            <source>Which profile is the same person as {0}? Its cases, reports, accounts and decisions will move to {0}.</source>
            <translation>Which profile is the same person as {0}? Its cases, reports, accounts and decisions will move to {0}.</translation>
        </message>
        <message>
            <source>Search profiles</source>
            <translation>Search profiles</translation>
        </message>
        <message>
            <source>Name, with or without diacritics</source>
            <translation>Name, with or without diacritics</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>{0} · {1} case(s)</source>
            <translation>{0} · {1} case(s)</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Command palette</source>
            <translation>Command palette</translation>
        </message>
        <message>
            <source>Type a command, a view or a case reference…</source>
            <translation>Type a command, a view or a case reference…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>Matching commands</source>
            <translation>Matching commands</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>CommitteeDialogs</name>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Choose the shared folder</translation>
        </message>
        <message>
            <source>The committee's shared folder</source>
            <translation>The committee's shared folder</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Resolve conflicts — {0}</source>
            <translation>Resolve conflicts — {0}</translation>
        </message>
        <message>
            <source>Members changed these at the same time without seeing each other's change. Choose the value to keep; everyone will see your choice after the next sync.</source>
            <translation>Members changed these at the same time without seeing each other's change. Choose the value to keep; everyone will see your choice after the next sync.</translation>
        </message>
        <message>
            <source>{0} — {1}, {2}</source>
            <translation>{0} — {1}, {2}</translation>
        </message>
        <message>
            <source>(shown now)</source>
            <translation>(shown now)</translation>
        </message>
        <message>
            <source>This case has no conflicts to resolve.</source>
            <translation>This case has no conflicts to resolve.</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>{0}'s answer to the takedown request sent {1}</source>
            <translation>{0}'s answer to the takedown request sent {1}</translation>
        </message>
        <message>
            <source>{0}, received {1}
recorded by {2}, {3}</source>
            <translation>{0}, received {1}
recorded by {2}, {3}</translation>
        </message>
        <message>
            <source>{0} (reason: {1})</source>
            <translation>{0} (reason: {1})</translation>
        </message>
        <message>
            <source>Resolve conflicts</source>
            <translation>Resolve conflicts</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>the platform's answer</source>
            <translation>the platform's answer</translation>
        </message>
        <message>
            <source>the platform's reason</source>
            <translation>the platform's reason</translation>
        </message>
        <message>
            <source>when the platform answered</source>
            <translation>when the platform answered</translation>
        </message>
    </context>
    <context>
        <name>ConversionProgress</name>
        <message>
            <source>Encrypting the data</source>
            <translation>Encrypting the data</translation>
        </message>
        <message>
            <source>Encrypting the database and its backups…</source>
            <translation>Encrypting the database and its backups…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Encrypting the evidence files: {0} of {1}…</source>
            <translation>Encrypting the evidence files: {0} of {1}…</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Remedied</source>
            <translation>Remedied</translation>
        </message>
        <message>
            <source>The influencer did what the decision on {0} ({1}) asked: the post was removed or corrected. For reminders and warnings this halves the remaining penalty.</source>
            <translation>The influencer did what the decision on {0} ({1}) asked: the post was removed or corrected. For reminders and warnings this halves the remaining penalty.</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>What was done, and where it can be checked</source>
            <translation>What was done, and where it can be checked</translation>
        </message>
        <message>
            <source>Withdraw the recorded correction (it was recorded by mistake)</source>
            <translation>Withdraw the recorded correction (it was recorded by mistake)</translation>
        </message>
    </context>
    <context>
        <name>CreateCommitteeDialog</name>
        <message>
            <source>Create a committee</source>
            <translation>Create a committee</translation>
        </message>
        <message>
            <source>Committee name</source>
            <translation>Committee name</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>Committee name:</source>
            <translation>Committee name:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Your name:</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Shared folder:</translation>
        </message>
        <message>
            <source>You become the committee's chair. Members join from their own computers by choosing the same shared folder; you approve them.</source>
            <translation>You become the committee's chair. Members join from their own computers by choosing the same shared folder; you approve them.</translation>
        </message>
        <message>
            <source>Committee created</source>
            <translation>Committee created</translation>
        </message>
        <message>
            <source>The committee is ready. Its root fingerprint is:

{0}

Read it to members when they join so they can check they chose the right folder.</source>
            <translation>The committee is ready. Its root fingerprint is:

{0}

Read it to members when they join so they can check they chose the right folder.</translation>
        </message>
    </context>
    <context>
        <name>DemoProgressDialog</name>
        <message>
            <source>Preparing the demo workspace</source>
            <translation>Preparing the demo workspace</translation>
        </message>
        <message>
            <source>Simulating a committee's work: {0} cases…</source>
            <translation>Simulating a committee's work: {0} cases…</translation>
        </message>
    </context>
    <context>
        <name>DetailWindows</name>
        <message>
            <source>&amp;Influencers</source>
            <translation>&amp;Influencers</translation>
        </message>
        <message>
            <source>Influencer &amp;register…</source>
            <translation>Influencer &amp;register…</translation>
        </message>
        <message>
            <source>&amp;Suspension proposals…</source>
            <translation>&amp;Suspension proposals…</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Out of the committee's scope</source>
            <translation>Out of the committee's scope</translation>
        </message>
        <message>
            <source>No evidence of a violation</source>
            <translation>No evidence of a violation</translation>
        </message>
        <message>
            <source>Duplicate of another case</source>
            <translation>Duplicate of another case</translation>
        </message>
        <message>
            <source>Not about an influencer</source>
            <translation>Not about an influencer</translation>
        </message>
        <message>
            <source>Informally resolved: the post was corrected or removed</source>
            <translation>Informally resolved: the post was corrected or removed</translation>
        </message>
        <message>
            <source>The influencer complied after contact</source>
            <translation>The influencer complied after contact</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log file. {0}</source>
            <translation>Something went wrong; the details are in the log file. {0}</translation>
        </message>
    </context>
    <context>
        <name>EvidenceLoader</name>
        <message>
            <source>The image cannot be read: {0}</source>
            <translation>The image cannot be read: {0}</translation>
        </message>
        <message>
            <source>This image says it is {0} × {1} pixels: showing it would need {2:,.0f} MB of memory, more than the safety limit of {3} MB. It may be a decompression bomb, so it was not opened. Save a copy to examine it with other tools.</source>
            <translation>This image says it is {0} × {1} pixels: showing it would need {2:,.0f} MB of memory, more than the safety limit of {3} MB. It may be a decompression bomb, so it was not opened. Save a copy to examine it with other tools.</translation>
        </message>
        <message>
            <source>The image cannot be decoded: {0}</source>
            <translation>The image cannot be decoded: {0}</translation>
        </message>
        <message>
            <source>This PDF cannot be read ({0}).</source>
            <translation>This PDF cannot be read ({0}).</translation>
        </message>
        <message>
            <source>This file could not be opened because of an error in the application; the details are in the log file.</source>
            <translation>This file could not be opened because of an error in the application; the details are in the log file.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceStrip</name>
        <message>
            <source>erased</source>
            <translation>erased</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>damaged</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>Evidence items</translation>
        </message>
    </context>
    <context>
        <name>EvidenceViewer</name>
        <message>
            <source>Copying {0} file(s) into the evidence store…</source>
            <translation>Copying {0} file(s) into the evidence store…</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Previous item (Alt+Left)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Next item (Alt+Right)</translation>
        </message>
        <message>
            <source>Evidence item</source>
            <translation>Evidence item</translation>
        </message>
        <message>
            <source>Blur sensitive content</source>
            <translation>Blur sensitive content</translation>
        </message>
        <message>
            <source>Blur pictures until you click them</source>
            <translation>Blur pictures until you click them</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Export marked image…</source>
            <translation>Export marked image…</translation>
        </message>
        <message>
            <source>Save the picture (or the PDF page) with its marks drawn, as PNG</source>
            <translation>Save the picture (or the PDF page) with its marks drawn, as PNG</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>About this item</source>
            <translation>About this item</translation>
        </message>
        <message>
            <source>Marks and text</source>
            <translation>Marks and text</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Text found</source>
            <translation>Text found</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Evidence — case {0}</source>
            <translation>Evidence — case {0}</translation>
        </message>
        <message>
            <source>The application never opens or downloads links. Copy the address to open it yourself.</source>
            <translation>The application never opens or downloads links. Copy the address to open it yourself.</translation>
        </message>
        <message>
            <source>Link kept as evidence</source>
            <translation>Link kept as evidence</translation>
        </message>
        <message>
            <source>Checking the file against its fingerprint…</source>
            <translation>Checking the file against its fingerprint…</translation>
        </message>
        <message>
            <source>This file cannot be shown</source>
            <translation>This file cannot be shown</translation>
        </message>
        <message>
            <source>The file name says {0}, but its content is {1}: it is shown as {1}. The name may have been changed to hide what the file is.</source>
            <translation>The file name says {0}, but its content is {1}: it is shown as {1}. The name may have been changed to hide what the file is.</translation>
        </message>
        <message>
            <source>The application has no viewer for this kind of file. Save a copy to open it with another program.</source>
            <translation>The application has no viewer for this kind of file. Save a copy to open it with another program.</translation>
        </message>
        <message>
            <source>The file “{0}” (SHA-256 {1}) was removed from every member under the committee's personal data rules (an erasure on request, or the retention rules); its record stays, without the file.</source>
            <translation>The file “{0}” (SHA-256 {1}) was removed from every member under the committee's personal data rules (an erasure on request, or the retention rules); its record stays, without the file.</translation>
        </message>
        <message>
            <source>This file was erased</source>
            <translation>This file was erased</translation>
        </message>
        <message>
            <source>The file “{0}” (SHA-256 {1}) is damaged: its content no longer matches the fingerprint taken when it was attached. Do not rely on it; ask a member who holds an intact copy.</source>
            <translation>The file “{0}” (SHA-256 {1}) is damaged: its content no longer matches the fingerprint taken when it was attached. Do not rely on it; ask a member who holds an intact copy.</translation>
        </message>
        <message>
            <source>The file “{0}” (SHA-256 {1}) is not in this computer's evidence store; it may arrive with the next sync.</source>
            <translation>The file “{0}” (SHA-256 {1}) is not in this computer's evidence store; it may arrive with the next sync.</translation>
        </message>
        <message>
            <source>This file is damaged and is not shown</source>
            <translation>This file is damaged and is not shown</translation>
        </message>
        <message>
            <source>This file is not on this computer yet</source>
            <translation>This file is not on this computer yet</translation>
        </message>
        <message>
            <source>The failure was recorded in the case history.</source>
            <translation>The failure was recorded in the case history.</translation>
        </message>
        <message>
            <source>No evidence yet</source>
            <translation>No evidence yet</translation>
        </message>
        <message>
            <source>Drop files here or use “Attach evidence…” to add screenshots, recordings, documents or captured pages to this case.</source>
            <translation>Drop files here or use “Attach evidence…” to add screenshots, recordings, documents or captured pages to this case.</translation>
        </message>
        <message>
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Added on</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Captured</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>The previous mark was saved with its label</source>
            <translation>The previous mark was saved with its label</translation>
        </message>
        <message>
            <source>New {0}: give it a label and save it</source>
            <translation>New {0}: give it a label and save it</translation>
        </message>
        <message>
            <source>Mark saved</source>
            <translation>Mark saved</translation>
        </message>
        <message>
            <source>Mark updated</source>
            <translation>Mark updated</translation>
        </message>
        <message>
            <source>Delete mark</source>
            <translation>Delete mark</translation>
        </message>
        <message>
            <source>Delete this mark? It stays in the case history.</source>
            <translation>Delete this mark? It stays in the case history.</translation>
        </message>
        <message>
            <source>Mark deleted</source>
            <translation>Mark deleted</translation>
        </message>
        <message>
            <source>Export marked image</source>
            <translation>Export marked image</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Could not write {0}</source>
            <translation>Could not write {0}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <source>Files like the original (*{0})</source>
            <translation>Files like the original (*{0})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <source>“{0}” is not opened with another program: its content is {1}, not one of the recording types the application hands to a player (MP4, WebM, QuickTime, Matroska, M4A, MP3, Ogg, WAV). Another program might run it instead of playing it. Use “Save a copy…” if you need the file.</source>
            <translation>“{0}” is not opened with another program: its content is {1}, not one of the recording types the application hands to a player (MP4, WebM, QuickTime, Matroska, M4A, MP3, Ogg, WAV). Another program might run it instead of playing it. Use “Save a copy…” if you need the file.</translation>
        </message>
        <message>
            <source>Open with the system player</source>
            <translation>Open with the system player</translation>
        </message>
        <message>
            <source>A copy of “{0}” will be written to a temporary folder as {1} and opened by the program this computer uses for that type. That program is outside this application's protection: it may, for example, connect to the internet. Open it?</source>
            <translation>A copy of “{0}” will be written to a temporary folder as {1} and opened by the program this computer uses for that type. That program is outside this application's protection: it may, for example, connect to the internet. Open it?</translation>
        </message>
        <message>
            <source>Opened {0} with the system player</source>
            <translation>Opened {0} with the system player</translation>
        </message>
        <message>
            <source>Address copied</source>
            <translation>Address copied</translation>
        </message>
        <message>
            <source>Attached {0} file(s)</source>
            <translation>Attached {0} file(s)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>Opened from</source>
            <translation>Opened from</translation>
        </message>
        <message>
            <source>Opened until</source>
            <translation>Opened until</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Clear the filter bar</source>
            <translation>Clear the filter bar</translation>
        </message>
        <message>
            <source>Save filter…</source>
            <translation>Save filter…</translation>
        </message>
        <message>
            <source>Keep this view, filters, search and sort under a name</source>
            <translation>Keep this view, filters, search and sort under a name</translation>
        </message>
        <message>
            <source>Opened:</source>
            <translation>Opened:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <source>{0} (choose the earliest date to clear)</source>
            <translation>{0} (choose the earliest date to clear)</translation>
        </message>
        <message>
            <source>Assignee: anyone</source>
            <translation>Assignee: anyone</translation>
        </message>
        <message>
            <source>Assignee: me</source>
            <translation>Assignee: me</translation>
        </message>
        <message>
            <source>Assignee: nobody</source>
            <translation>Assignee: nobody</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Show events of kind</source>
            <translation>Show events of kind</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synced</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>This device</translation>
        </message>
        <message>
            <source>Imported from another member's device</source>
            <translation>Imported from another member's device</translation>
        </message>
        <message>
            <source>Written on this computer</source>
            <translation>Written on this computer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>1 event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HtmlPane</name>
        <message>
            <source>Captured web page</source>
            <translation>Captured web page</translation>
        </message>
        <message>
            <source>Safety notice</source>
            <translation>Safety notice</translation>
        </message>
        <message>
            <source>Page title: {0}</source>
            <translation>Page title: {0}</translation>
        </message>
        <message>
            <source>Shown as a safe capture: scripts do not run, and {0} outside resource(s) (images, trackers, style sheets) were blocked.</source>
            <translation>Shown as a safe capture: scripts do not run, and {0} outside resource(s) (images, trackers, style sheets) were blocked.</translation>
        </message>
        <message>
            <source>Shown as a safe capture: scripts do not run and nothing is loaded from outside.</source>
            <translation>Shown as a safe capture: scripts do not run and nothing is loaded from outside.</translation>
        </message>
        <message>
            <source>Link (not opened): {0}</source>
            <translation>Link (not opened): {0}</translation>
        </message>
    </context>
    <context>
        <name>ImagePane</name>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Fit the image in the window</source>
            <translation>Fit the image in the window</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>Actual size: one image pixel per screen pixel</source>
            <translation>Actual size: one image pixel per screen pixel</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Zoom level</translation>
        </message>
        <message>
            <source>Rotate left</source>
            <translation>Rotate left</translation>
        </message>
        <message>
            <source>Rotate right</source>
            <translation>Rotate right</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Drag to move around; click a mark to select it</source>
            <translation>Drag to move around; click a mark to select it</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rectangle</translation>
        </message>
        <message>
            <source>Drag to frame a region</source>
            <translation>Drag to frame a region</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>Arrow</translation>
        </message>
        <message>
            <source>Drag from the arrow's tail to its head</source>
            <translation>Drag from the arrow's tail to its head</translation>
        </message>
        <message>
            <source>Highlighter</source>
            <translation>Highlighter</translation>
        </message>
        <message>
            <source>Drag to highlight a region</source>
            <translation>Drag to highlight a region</translation>
        </message>
        <message>
            <source>{0} × {1} pixels</source>
            <translation>{0} × {1} pixels</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import reports</source>
            <translation>Import reports</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Columns (guessed from the header; change any that is wrong)</source>
            <translation>Columns (guessed from the header; change any that is wrong)</translation>
        </message>
        <message>
            <source>Rows of the file and what happens to each</source>
            <translation>Rows of the file and what happens to each</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Save rejected rows…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>Reading {0}…</translation>
        </message>
        <message>
            <source>{0}: header on row {1}, {2} data rows. Nothing is written until you press Import.</source>
            <translation>{0}: header on row {1}, {2} data rows. Nothing is written until you press Import.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>Choose the column for: {0}</source>
            <translation>Choose the column for: {0}</translation>
        </message>
        <message>
            <source>The file has no data rows.</source>
            <translation>The file has no data rows.</translation>
        </message>
        <message>
            <source>{0} rows: {1} new cases, {2} added to open cases, {3} duplicates (already stored, skipped), {4} rejected.</source>
            <translation>{0} rows: {1} new cases, {2} added to open cases, {3} duplicates (already stored, skipped), {4} rejected.</translation>
        </message>
        <message>
            <source>Imported. {0} rows: {1} new cases, {2} added to open cases, {3} duplicates skipped, {4} rejected.</source>
            <translation>Imported. {0} rows: {1} new cases, {2} added to open cases, {3} duplicates skipped, {4} rejected.</translation>
        </message>
        <message numerus="yes">
            <source>Sharing a phone number, account or link with open cases: %n row(s) (see the last column).</source>
            <translation>
                <numerusform>Sharing a phone number, account or link with open cases: 1 row (see the last column).</numerusform>
                <numerusform>Sharing a phone number, account or link with open cases: %n rows (see the last column).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n report(s)</source>
            <translation>
                <numerusform>Import 1 report</numerusform>
                <numerusform>Import %n reports</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) saved.</source>
            <translation>
                <numerusform>1 rejected row saved.</numerusform>
                <numerusform>%n rejected rows saved.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was imported. The details are in the log.</source>
            <translation>Something went wrong; nothing was imported. The details are in the log.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsWindow</name>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Search a number, an account, a link…</source>
            <translation>Search a number, an account, a link…</translation>
        </message>
        <message>
            <source>Search indicators</source>
            <translation>Search indicators</translation>
        </message>
        <message>
            <source>Kind of indicator</source>
            <translation>Kind of indicator</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Seen in at least this many cases</source>
            <translation>Seen in at least this many cases</translation>
        </message>
        <message>
            <source>Show those marked not relevant</source>
            <translation>Show those marked not relevant</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Influencers</source>
            <translation>Influencers</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cases with this indicator</source>
            <translation>Cases with this indicator</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Mark not relevant…</source>
            <translation>Mark not relevant…</translation>
        </message>
        <message>
            <source>Network…</source>
            <translation>Network…</translation>
        </message>
        <message>
            <source>The influencers and cases this indicator links, and what else links them</source>
            <translation>The influencers and cases this indicator links, and what else links them</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Write the relevant indicators of this kind, seen in at least this many cases, to JSON, CSV or STIX 2.1</source>
            <translation>Write the relevant indicators of this kind, seen in at least this many cases, to JSON, CSV or STIX 2.1</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Seen in at least</source>
            <translation>Seen in at least</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>cases</translation>
        </message>
        <message>
            <source>relevant</source>
            <translation>relevant</translation>
        </message>
        <message>
            <source>not relevant: {0}</source>
            <translation>not relevant: {0}</translation>
        </message>
        <message>
            <source>not relevant</source>
            <translation>not relevant</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>1 indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n most shared indicator(s); search or filter to find others</source>
            <translation>
                <numerusform>The 1 most shared indicator; search or filter to find others</numerusform>
                <numerusform>The %n most shared indicators; search or filter to find others</numerusform>
            </translation>
        </message>
        <message>
            <source>No indicator matches these filters. Fewer cases, another kind or a shorter search may find one.</source>
            <translation>No indicator matches these filters. Fewer cases, another kind or a shorter search may find one.</translation>
        </message>
        <message>
            <source>No indicators yet. Phone numbers, bank accounts, links, social accounts, e-mails, wallets and similar images are drawn from reports and evidence in the background; those seen in several cases are listed here.</source>
            <translation>No indicators yet. Phone numbers, bank accounts, links, social accounts, e-mails, wallets and similar images are drawn from reports and evidence in the background; those seen in several cases are listed here.</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) or evidence item(s) still to read.</source>
            <translation>
                <numerusform>1 report or evidence item still to read.</numerusform>
                <numerusform>%n reports or evidence items still to read.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark relevant</source>
            <translation>Mark relevant</translation>
        </message>
        <message>
            <source>Only the chair, the secretary and reviewers mark indicators</source>
            <translation>Only the chair, the secretary and reviewers mark indicators</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}) is seen in %n case(s):</source>
            <translation>
                <numerusform>{0} ({1}) is seen in 1 case:</numerusform>
                <numerusform>{0} ({1}) is seen in %n cases:</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark not relevant</source>
            <translation>Mark not relevant</translation>
        </message>
        <message>
            <source>Why does {0} not link cases? It stops linking them for every member, and can be marked relevant again.</source>
            <translation>Why does {0} not link cases? It stops linking them for every member, and can be marked relevant again.</translation>
        </message>
        <message>
            <source>Mark {0} relevant again? It links the cases it is seen in again for every member.</source>
            <translation>Mark {0} relevant again? It links the cases it is seen in again for every member.</translation>
        </message>
        <message>
            <source>A hotline of a bank, a platform or a public service</source>
            <translation>A hotline of a bank, a platform or a public service</translation>
        </message>
        <message>
            <source>The committee's own contact</source>
            <translation>The committee's own contact</translation>
        </message>
        <message>
            <source>A marketplace or platform everyone uses</source>
            <translation>A marketplace or platform everyone uses</translation>
        </message>
        <message>
            <source>Read wrongly from the text</source>
            <translation>Read wrongly from the text</translation>
        </message>
        <message>
            <source>Export indicators</source>
            <translation>Export indicators</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s) written to {0}</source>
            <translation>
                <numerusform>1 indicator written to {0}</numerusform>
                <numerusform>%n indicators written to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfluencerRegister</name>
        <message>
            <source>Influencer register</source>
            <translation>Influencer register</translation>
        </message>
        <message>
            <source>Search by name or handle (no need for diacritics)</source>
            <translation>Search by name or handle (no need for diacritics)</translation>
        </message>
        <message>
            <source>Search influencers</source>
            <translation>Search influencers</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>All bands</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Penalties</source>
            <translation>Penalties</translation>
        </message>
        <message>
            <source>Decisions whose penalty still counts: {0}</source>
            <translation>Decisions whose penalty still counts: {0}</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>suspension</source>
            <translation>suspension</translation>
        </message>
        <message>
            <source>Suspension proposed by the trigger</source>
            <translation>Suspension proposed by the trigger</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Member since</translation>
        </message>
        <message>
            <source>Influencers</source>
            <translation>Influencers</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Open profile</translation>
        </message>
        <message>
            <source>Band:</source>
            <translation>Band:</translation>
        </message>
        <message>
            <source>Computing scores…</source>
            <translation>Computing scores…</translation>
        </message>
        <message numerus="yes">
            <source>%n influencer(s) · scores as of {0}</source>
            <translation>
                <numerusform>1 influencer · scores as of {0}</numerusform>
                <numerusform>%n influencers · scores as of {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suspension proposal(s)…</source>
            <translation>
                <numerusform>1 suspension proposal…</numerusform>
                <numerusform>%n suspension proposals…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoPane</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copy address</translation>
        </message>
    </context>
    <context>
        <name>JoinCommitteeDialog</name>
        <message>
            <source>Join a committee</source>
            <translation>Join a committee</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>Committee and root fingerprint</source>
            <translation>Committee and root fingerprint</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Shared folder:</translation>
        </message>
        <message>
            <source>Committee:</source>
            <translation>Committee:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Your name:</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the one the chair reads to you by phone. The chair then approves your request; the next sync brings you the committee's work.</source>
            <translation>Compare the fingerprint with the one the chair reads to you by phone. The chair then approves your request; the next sync brings you the committee's work.</translation>
        </message>
        <message>
            <source>This workspace already holds work of its own, so it cannot join a committee. Choose a new folder for a fresh workspace for the committee; it opens in a new window.</source>
            <translation>This workspace already holds work of its own, so it cannot join a committee. Choose a new folder for a fresh workspace for the committee; it opens in a new window.</translation>
        </message>
        <message>
            <source>Folder for the fresh workspace</source>
            <translation>Folder for the fresh workspace</translation>
        </message>
        <message>
            <source>Fresh workspace:</source>
            <translation>Fresh workspace:</translation>
        </message>
        <message>
            <source>{0}
Root fingerprint: {1}</source>
            <translation>{0}
Root fingerprint: {1}</translation>
        </message>
        <message>
            <source>Choose a folder for the fresh workspace.</source>
            <translation>Choose a folder for the fresh workspace.</translation>
        </message>
        <message>
            <source>Join request sent</source>
            <translation>Join request sent</translation>
        </message>
        <message>
            <source>Your request to join {0} was written from device {1}.
Root fingerprint: {2}
Your key fingerprint (read it to the chair): {3}

Once the chair approves it, the next sync brings you the committee's work.</source>
            <translation>Your request to join {0} was written from device {1}.
Root fingerprint: {2}
Your key fingerprint (read it to the chair): {3}

Once the chair approves it, the next sync brings you the committee's work.</translation>
        </message>
    </context>
    <context>
        <name>JoinRequestsDialog</name>
        <message>
            <source>Join requests</source>
            <translation>Join requests</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Key fingerprint</translation>
        </message>
        <message>
            <source>Pending join requests</source>
            <translation>Pending join requests</translation>
        </message>
        <message>
            <source>Role for the new member</source>
            <translation>Role for the new member</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Approve the selected request</source>
            <translation>Approve the selected request</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Before approving, compare the key fingerprint with the one the person reads to you from their screen.</source>
            <translation>Before approving, compare the key fingerprint with the one the person reads to you from their screen.</translation>
        </message>
        <message>
            <source>No join requests are waiting.</source>
            <translation>No join requests are waiting.</translation>
        </message>
        <message>
            <source>{0} was approved as {1}; the next sync round tells the committee.</source>
            <translation>{0} was approved as {1}; the next sync round tells the committee.</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>Write a letter — case {0}</source>
            <translation>Write a letter — case {0}</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Language of the letter</source>
            <translation>Language of the letter</translation>
        </message>
        <message>
            <source>&amp;Letter</source>
            <translation>&amp;Letter</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>L&amp;anguage</translation>
        </message>
        <message>
            <source>Placeholders of the letter</source>
            <translation>Placeholders of the letter</translation>
        </message>
        <message>
            <source>Remember the committee's name for this workspace</source>
            <translation>Remember the committee's name for this workspace</translation>
        </message>
        <message>
            <source>Remember the committee's name</source>
            <translation>Remember the committee's name</translation>
        </message>
        <message>
            <source>Fields marked * are required. Values come from the case; change any of them for this letter.</source>
            <translation>Fields marked * are required. Values come from the case; change any of them for this letter.</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Missing values</translation>
        </message>
        <message>
            <source>Check before sending</source>
            <translation>Check before sending</translation>
        </message>
        <message>
            <source>Preview of the letter</source>
            <translation>Preview of the letter</translation>
        </message>
        <message>
            <source>Save PDF and attach to the case…</source>
            <translation>Save PDF and attach to the case…</translation>
        </message>
        <message>
            <source>Then record the takedown request sent with it</source>
            <translation>Then record the takedown request sent with it</translation>
        </message>
        <message>
            <source>After saving, note when and how the letter went to the platform: its answer and deadline are then followed</source>
            <translation>After saving, note when and how the letter went to the platform: its answer and deadline are then followed</translation>
        </message>
        <message>
            <source>Template: built in</source>
            <translation>Template: built in</translation>
        </message>
        <message>
            <source>Template: {0}</source>
            <translation>Template: {0}</translation>
        </message>
        <message>
            <source>Required: no value yet</source>
            <translation>Required: no value yet</translation>
        </message>
        <message>
            <source>Check before sending:</source>
            <translation>Check before sending:</translation>
        </message>
        <message>
            <source>The letter cannot be produced yet. Missing:</source>
            <translation>The letter cannot be produced yet. Missing:</translation>
        </message>
        <message>
            <source>Every required value is filled in.</source>
            <translation>Every required value is filled in.</translation>
        </message>
        <message>
            <source>Fill in the fields marked in red first.</source>
            <translation>Fill in the fields marked in red first.</translation>
        </message>
        <message>
            <source>Save the letter</source>
            <translation>Save the letter</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The letter was saved as {0} and attached to case {1}.</source>
            <translation>The letter was saved as {0} and attached to case {1}.</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Write a letter</source>
            <translation>Write a letter</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Select a case first.</translation>
        </message>
        <message>
            <source>Write a &amp;letter…</source>
            <translation>Write a &amp;letter…</translation>
        </message>
        <message>
            <source>A notice of complaint, a decision letter or a takedown request, saved as a PDF and attached to the case</source>
            <translation>A notice of complaint, a decision letter or a takedown request, saved as a PDF and attached to the case</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Digital Trust Moderator</source>
            <translation>Digital Trust Moderator</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Case queue</source>
            <translation>Case queue</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Views and saved filters</source>
            <translation>Views and saved filters</translation>
        </message>
        <message>
            <source>Search cases: influencer, words, URL, reference… (/ to focus)</source>
            <translation>Search cases: influencer, words, URL, reference… (/ to focus)</translation>
        </message>
        <message>
            <source>Member: {0} ({1}) · Workspace: {2}</source>
            <translation>Member: {0} ({1}) · Workspace: {2}</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>&amp;New report…</translation>
        </message>
        <message>
            <source>File a report received by phone, email or in person</source>
            <translation>File a report received by phone, email or in person</translation>
        </message>
        <message>
            <source>&amp;Import reports…</source>
            <translation>&amp;Import reports…</translation>
        </message>
        <message>
            <source>Import reports from a hotline's Excel or CSV file</source>
            <translation>Import reports from a hotline's Excel or CSV file</translation>
        </message>
        <message>
            <source>&amp;Export these cases to Excel…</source>
            <translation>&amp;Export these cases to Excel…</translation>
        </message>
        <message>
            <source>Write the cases of this view, with its search and filters, to a workbook</source>
            <translation>Write the cases of this view, with its search and filters, to a workbook</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Undo last triage action</source>
            <translation>&amp;Undo last triage action</translation>
        </message>
        <message>
            <source>Command &amp;palette…</source>
            <translation>Command &amp;palette…</translation>
        </message>
        <message>
            <source>Next case</source>
            <translation>Next case</translation>
        </message>
        <message>
            <source>Previous case</source>
            <translation>Previous case</translation>
        </message>
        <message>
            <source>&amp;Save filter…</source>
            <translation>&amp;Save filter…</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Clear filters</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>&amp;Assign to me</source>
            <translation>&amp;Assign to me</translation>
        </message>
        <message>
            <source>Assign &amp;to…</source>
            <translation>Assign &amp;to…</translation>
        </message>
        <message>
            <source>Priority {0}: {1}</source>
            <translation>Priority {0}: {1}</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>&amp;Priority</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Toggle &amp;urgent</source>
            <translation>Toggle &amp;urgent</translation>
        </message>
        <message>
            <source>&amp;Move to</source>
            <translation>&amp;Move to</translation>
        </message>
        <message>
            <source>&amp;Move to…</source>
            <translation>&amp;Move to…</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Move to</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>Add &amp;note…</translation>
        </message>
        <message>
            <source>&amp;Merge duplicates…</source>
            <translation>&amp;Merge duplicates…</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>&amp;Reject…</translation>
        </message>
        <message>
            <source>Submit &amp;&amp; next: select the next case after an action</source>
            <translation>Submit &amp;&amp; next: select the next case after an action</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Go to view</source>
            <translation>&amp;Go to view</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <source>In&amp;dicators…</source>
            <translation>In&amp;dicators…</translation>
        </message>
        <message>
            <source>Phone numbers, bank accounts, links and images seen across cases</source>
            <translation>Phone numbers, bank accounts, links and images seen across cases</translation>
        </message>
        <message>
            <source>Ta&amp;kedown requests…</source>
            <translation>Ta&amp;kedown requests…</translation>
        </message>
        <message>
            <source>Every takedown request sent to platforms: answers, deadlines, re-checks</source>
            <translation>Every takedown request sent to platforms: answers, deadlines, re-checks</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Assign to me [A]</source>
            <translation>Assign to me [A]</translation>
        </message>
        <message>
            <source>Assign… [Shift+A]</source>
            <translation>Assign… [Shift+A]</translation>
        </message>
        <message>
            <source>Priority [1–4]</source>
            <translation>Priority [1–4]</translation>
        </message>
        <message>
            <source>Urgent [U]</source>
            <translation>Urgent [U]</translation>
        </message>
        <message>
            <source>Move to [S]</source>
            <translation>Move to [S]</translation>
        </message>
        <message>
            <source>Note [N]</source>
            <translation>Note [N]</translation>
        </message>
        <message>
            <source>Merge [M]</source>
            <translation>Merge [M]</translation>
        </message>
        <message>
            <source>Reject [R]</source>
            <translation>Reject [R]</translation>
        </message>
        <message>
            <source>Open [Enter]</source>
            <translation>Open [Enter]</translation>
        </message>
        <message>
            <source>The new language applies when the application starts again.</source>
            <translation>The new language applies when the application starts again.</translation>
        </message>
        <message>
            <source>Saved filters</source>
            <translation>Saved filters</translation>
        </message>
        <message>
            <source>(none yet: Save filter…)</source>
            <translation>(none yet: Save filter…)</translation>
        </message>
        <message>
            <source>Saved filter: {0}</source>
            <translation>Saved filter: {0}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Rename saved filter</source>
            <translation>Rename saved filter</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Save filter</translation>
        </message>
        <message>
            <source>Name for this view, its filters, search and sort:</source>
            <translation>Name for this view, its filters, search and sort:</translation>
        </message>
        <message>
            <source>Replace the saved filter “{0}”?</source>
            <translation>Replace the saved filter “{0}”?</translation>
        </message>
        <message>
            <source>Saved the filter “{0}”.</source>
            <translation>Saved the filter “{0}”.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> and {0} more</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>1 case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Search all cases</source>
            <translation>Search all cases</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Clear the search and filters</translation>
        </message>
        <message>
            <source>No case in “{0}” matches “{1}”.</source>
            <translation>No case in “{0}” matches “{1}”.</translation>
        </message>
        <message>
            <source>No case in “{0}” matches the filters.</source>
            <translation>No case in “{0}” matches the filters.</translation>
        </message>
        <message>
            <source>There is no case in “{0}” now.</source>
            <translation>There is no case in “{0}” now.</translation>
        </message>
        <message>
            <source>Extracting indicators: {0} of {1}</source>
            <translation>Extracting indicators: {0} of {1}</translation>
        </message>
        <message>
            <source>This report is already in case {0}.</source>
            <translation>This report is already in case {0}.</translation>
        </message>
        <message>
            <source>The report was added to the open case {0}.</source>
            <translation>The report was added to the open case {0}.</translation>
        </message>
        <message>
            <source>Opened case {0}.</source>
            <translation>Opened case {0}.</translation>
        </message>
        <message>
            <source>Export these cases to Excel</source>
            <translation>Export these cases to Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Writing {0}…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n case(s) to {0}</source>
            <translation>
                <numerusform>Wrote 1 case to {0}</numerusform>
                <numerusform>Wrote %n cases to {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved filter</source>
            <translation>Saved filter</translation>
        </message>
        <message>
            <source>Open case {0}</source>
            <translation>Open case {0}</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>No move allowed for this selection</source>
            <translation>No move allowed for this selection</translation>
        </message>
        <message>
            <source>About Digital Trust Moderator</source>
            <translation>About Digital Trust Moderator</translation>
        </message>
        <message>
            <source>Digital Trust Moderator {0}
The desk of the Niềm tin số alliance's self-monitoring committee.</source>
            <translation>Digital Trust Moderator {0}
The desk of the Niềm tin số alliance's self-monitoring committee.</translation>
        </message>
    </context>
    <context>
        <name>MarksPanel</name>
        <message>
            <source>Marks</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Marks on this item</source>
            <translation>Marks on this item</translation>
        </message>
        <message>
            <source>No marks yet. Choose a tool above the picture and drag, select text and press “Mark selection”, or mark a moment of a recording.</source>
            <translation>No marks yet. Choose a tool above the picture and drag, select text and press “Mark selection”, or mark a moment of a recording.</translation>
        </message>
        <message>
            <source>Short label, e.g. “No #ad label”</source>
            <translation>Short label, e.g. “No #ad label”</translation>
        </message>
        <message>
            <source>Mark label</source>
            <translation>Mark label</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Comment (optional)</translation>
        </message>
        <message>
            <source>Mark comment</source>
            <translation>Mark comment</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Marks ({0})</source>
            <translation>Marks ({0})</translation>
        </message>
        <message>
            <source>New mark: {0}</source>
            <translation>New mark: {0}</translation>
        </message>
        <message>
            <source>Mark {0}: {1}</source>
            <translation>Mark {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MediaPane</name>
        <message>
            <source>Open with the system player…</source>
            <translation>Open with the system player…</translation>
        </message>
        <message>
            <source>Open with the system player</source>
            <translation>Open with the system player</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Audio recording</source>
            <translation>Audio recording</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Play</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>Play or pause</translation>
        </message>
        <message>
            <source>−5 s</source>
            <translation>−5 s</translation>
        </message>
        <message>
            <source>Back five seconds</source>
            <translation>Back five seconds</translation>
        </message>
        <message>
            <source>+5 s</source>
            <translation>+5 s</translation>
        </message>
        <message>
            <source>Forward five seconds</source>
            <translation>Forward five seconds</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Mark this moment</source>
            <translation>Mark this moment</translation>
        </message>
        <message>
            <source>the file could not be opened</source>
            <translation>the file could not be opened</translation>
        </message>
        <message>
            <source>This computer cannot play media inside the application ({0}).</source>
            <translation>This computer cannot play media inside the application ({0}).</translation>
        </message>
        <message>
            <source>The player cannot play this file: {0}</source>
            <translation>The player cannot play this file: {0}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>e.g. Meeting no. 012/2026</source>
            <translation>e.g. Meeting no. 012/2026</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place or online link</source>
            <translation>Place or online link</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Place or online link</source>
            <translation>&amp;Place or online link</translation>
        </message>
        <message>
            <source>C&amp;hair</source>
            <translation>C&amp;hair</translation>
        </message>
        <message>
            <source>&amp;Secretary</source>
            <translation>&amp;Secretary</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>finalized</source>
            <translation>finalized</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>{0} items, {1} decisions</source>
            <translation>{0} items, {1} decisions</translation>
        </message>
        <message>
            <source>Suspension proposal: {0}</source>
            <translation>Suspension proposal: {0}</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>not decided</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no (observer)</source>
            <translation>no (observer)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Add to next meeting</source>
            <translation>Add to next meeting</translation>
        </message>
        <message>
            <source>Select one or more cases first.</source>
            <translation>Select one or more cases first.</translation>
        </message>
        <message>
            <source>{0} case(s) added to “{1}”.</source>
            <translation>{0} case(s) added to “{1}”.</translation>
        </message>
        <message>
            <source>Already on its agenda: {0}</source>
            <translation>Already on its agenda: {0}</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>&amp;Meetings</translation>
        </message>
        <message>
            <source>Open &amp;meetings…</source>
            <translation>Open &amp;meetings…</translation>
        </message>
        <message>
            <source>Add to &amp;next meeting</source>
            <translation>Add to &amp;next meeting</translation>
        </message>
    </context>
    <context>
        <name>MeetingsWindow</name>
        <message>
            <source>Meetings — Digital Trust Moderator</source>
            <translation>Meetings — Digital Trust Moderator</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>New meeting…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Finalize</translation>
        </message>
        <message>
            <source>Close the record: decisions become read-only, later changes are amendments</source>
            <translation>Close the record: decisions become read-only, later changes are amendments</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Agenda and decisions</source>
            <translation>Agenda and decisions</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>No meeting yet. Create one with “New meeting…”.</source>
            <translation>No meeting yet. Create one with “New meeting…”.</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;New meeting…</translation>
        </message>
        <message>
            <source>&amp;Export meeting to Excel…</source>
            <translation>&amp;Export meeting to Excel…</translation>
        </message>
        <message>
            <source>&amp;Print minutes (PDF)…</source>
            <translation>&amp;Print minutes (PDF)…</translation>
        </message>
        <message>
            <source>Export credibility &amp;register…</source>
            <translation>Export credibility &amp;register…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Cases ready for a meeting</source>
            <translation>Cases ready for a meeting</translation>
        </message>
        <message>
            <source>Add to agenda →</source>
            <translation>Add to agenda →</translation>
        </message>
        <message>
            <source>Cases ready for a meeting — drag them onto the agenda</source>
            <translation>Cases ready for a meeting — drag them onto the agenda</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Agenda (drag to reorder)</source>
            <translation>Agenda (drag to reorder)</translation>
        </message>
        <message>
            <source>Reviewer's recommendation</source>
            <translation>Reviewer's recommendation</translation>
        </message>
        <message>
            <source>Recommended outcome</source>
            <translation>Recommended outcome</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Save recommendation</source>
            <translation>Save recommendation</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Per member</source>
            <translation>Per member</translation>
        </message>
        <message>
            <source>As tallies</source>
            <translation>As tallies</translation>
        </message>
        <message>
            <source>Votes per member</source>
            <translation>Votes per member</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Against</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstain</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Follow-up actions</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Action, e.g. send the takedown request</source>
            <translation>Action, e.g. send the takedown request</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Follow-up action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Public summary</source>
            <translation>Public summary</translation>
        </message>
        <message>
            <source>What the public register says; empty: a neutral sentence naming the category and the outcome</source>
            <translation>What the public register says; empty: a neutral sentence naming the category and the outcome</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Amend…</translation>
        </message>
        <message>
            <source>Appeal…</source>
            <translation>Appeal…</translation>
        </message>
        <message>
            <source>Mark everyone present</source>
            <translation>Mark everyone present</translation>
        </message>
        <message>
            <source>The meeting's minutes, in free text</source>
            <translation>The meeting's minutes, in free text</translation>
        </message>
        <message>
            <source>Save minutes</source>
            <translation>Save minutes</translation>
        </message>
        <message>
            <source>Generated summary</source>
            <translation>Generated summary</translation>
        </message>
        <message>
            <source>Add the summary to the minutes</source>
            <translation>Add the summary to the minutes</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(no owner)</translation>
        </message>
        <message>
            <source>Chair: {0}</source>
            <translation>Chair: {0}</translation>
        </message>
        <message>
            <source>Secretary: {0}</source>
            <translation>Secretary: {0}</translation>
        </message>
        <message>
            <source>Finalized: decisions are read-only; changes are amendments</source>
            <translation>Finalized: decisions are read-only; changes are amendments</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Quorum {0}: {1} of {2} voting members present, {3} needed ({4})</source>
            <translation>Quorum {0}: {1} of {2} voting members present, {3} needed ({4})</translation>
        </message>
        <message>
            <source>Select an agenda item.</source>
            <translation>Select an agenda item.</translation>
        </message>
        <message>
            <source>Suspension proposal</source>
            <translation>Suspension proposal</translation>
        </message>
        <message>
            <source>No voting member is recorded as present yet: record attendance first, or enter the votes as tallies.</source>
            <translation>No voting member is recorded as present yet: record attendance first, or enter the votes as tallies.</translation>
        </message>
        <message>
            <source>No quorum yet: a decision cannot be recorded.</source>
            <translation>No quorum yet: a decision cannot be recorded.</translation>
        </message>
        <message>
            <source>Decided on {0}: {1}</source>
            <translation>Decided on {0}: {1}</translation>
        </message>
        <message>
            <source>Votes: {0} for, {1} against, {2} abstaining, {3} recused</source>
            <translation>Votes: {0} for, {1} against, {2} abstaining, {3} recused</translation>
        </message>
        <message>
            <source>This is an amendment of an earlier decision of this meeting.</source>
            <translation>This is an amendment of an earlier decision of this meeting.</translation>
        </message>
        <message>
            <source>Earlier version, amended: {0} — {1}</source>
            <translation>Earlier version, amended: {0} — {1}</translation>
        </message>
        <message>
            <source>Appealed: the case went back to a meeting.</source>
            <translation>Appealed: the case went back to a meeting.</translation>
        </message>
        <message>
            <source>Conflicting changes to the outcome await a resolution.</source>
            <translation>Conflicting changes to the outcome await a resolution.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Finalize “{0}”? Its decisions become read-only; later changes are amendments.</source>
            <translation>Finalize “{0}”? Its decisions become read-only; later changes are amendments.</translation>
        </message>
        <message>
            <source>{0} agenda item(s) have no decision.</source>
            <translation>{0} agenda item(s) have no decision.</translation>
        </message>
        <message>
            <source>Finalize the meeting</source>
            <translation>Finalize the meeting</translation>
        </message>
        <message>
            <source>Members present vote; a member with a conflict of interest is recused and cannot vote on this item. Keys: ↑ ↓ choose a member, 1 for, 2 against, 3 abstain, 4 recused, 0 clear; a click or Space opens the list.</source>
            <translation>Members present vote; a member with a conflict of interest is recused and cannot vote on this item. Keys: ↑ ↓ choose a member, 1 for, 2 against, 3 abstain, 4 recused, 0 clear; a click or Space opens the list.</translation>
        </message>
        <message>
            <source>Describe the follow-up action first.</source>
            <translation>Describe the follow-up action first.</translation>
        </message>
        <message>
            <source>Decision recorded for {0}</source>
            <translation>Decision recorded for {0}</translation>
        </message>
        <message>
            <source>Right of reply</source>
            <translation>Right of reply</translation>
        </message>
        <message>
            <source>To go on without the reply, record why it is skipped (the case's history keeps it):</source>
            <translation>To go on without the reply, record why it is skipped (the case's history keeps it):</translation>
        </message>
        <message>
            <source>The influencer could not be reached</source>
            <translation>The influencer could not be reached</translation>
        </message>
        <message>
            <source>The influencer already explained in writing</source>
            <translation>The influencer already explained in writing</translation>
        </message>
        <message>
            <source>The content is still online and harms the public</source>
            <translation>The content is still online and harms the public</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) present have not voted: {0}. Record the decision without their votes?</source>
            <translation>
                <numerusform>1 member present have not voted: {0}. Record the decision without their votes?</numerusform>
                <numerusform>%n members present have not voted: {0}. Record the decision without their votes?</numerusform>
            </translation>
        </message>
        <message>
            <source>The appeal was recorded and {0} is on the next meeting's agenda.</source>
            <translation>The appeal was recorded and {0} is on the next meeting's agenda.</translation>
        </message>
        <message>
            <source>The appeal was recorded; {0} waits for the next meeting to be created.</source>
            <translation>The appeal was recorded; {0} waits for the next meeting to be created.</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <source>Export the meeting to Excel</source>
            <translation>Export the meeting to Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Print the minutes</source>
            <translation>Print the minutes</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <source>Export the credibility register</source>
            <translation>Export the credibility register</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Writing {0}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Wrote {0}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>The export failed because of a bug; the details are in the log file of the data folder.</source>
            <translation>The export failed because of a bug; the details are in the log file of the data folder.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Assign the selected cases to:</source>
            <translation>Assign the selected cases to:</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Nobody (unassign)</source>
            <translation>Nobody (unassign)</translation>
        </message>
        <message>
            <source>{0} (me)</source>
            <translation>{0} (me)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge duplicate cases</source>
            <translation>Merge duplicate cases</translation>
        </message>
        <message>
            <source>Cases to merge</source>
            <translation>Cases to merge</translation>
        </message>
        <message>
            <source>These cases will be merged into the oldest open one of them. Their reports move over; each keeps its history, and the others are closed as merged.</source>
            <translation>These cases will be merged into the oldest open one of them. Their reports move over; each keeps its history, and the others are closed as merged.</translation>
        </message>
        <message>
            <source>Tick the open cases that duplicate {0}. They are merged into the oldest open one; reports move over and each case keeps its history.</source>
            <translation>Tick the open cases that duplicate {0}. They are merged into the oldest open one; reports move over and each case keeps its history.</translation>
        </message>
        <message>
            <source>{0} has no other open case about the same influencer. Select two or more cases in the queue to merge them.</source>
            <translation>{0} has no other open case about the same influencer. Select two or more cases in the queue to merge them.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>MultiChoice</name>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>{0}: any</source>
            <translation>{0}: any</translation>
        </message>
        <message>
            <source>{0}: {1} chosen</source>
            <translation>{0}: {1} chosen</translation>
        </message>
    </context>
    <context>
        <name>NetworkWindow</name>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Network of influencers, cases and indicators</source>
            <translation>Network of influencers, cases and indicators</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>The network shown before</source>
            <translation>The network shown before</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−, or Ctrl and the mouse wheel)</source>
            <translation>Zoom out (Ctrl+−, or Ctrl and the mouse wheel)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
            <translation>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole network (Ctrl+0)</source>
            <translation>Show the whole network (Ctrl+0)</translation>
        </message>
        <message>
            <source>Hover a node to see what it links; click a case to open it, an influencer to open the profile; double-click an indicator to centre the network on it.</source>
            <translation>Hover a node to see what it links; click a case to open it, an influencer to open the profile; double-click an indicator to centre the network on it.</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Laying out the network…</source>
            <translation>Laying out the network…</translation>
        </message>
        <message>
            <source>Network: {0}</source>
            <translation>Network: {0}</translation>
        </message>
        <message>
            <source>No indicator is shared by two cases yet: nothing links the cases.</source>
            <translation>No indicator is shared by two cases yet: nothing links the cases.</translation>
        </message>
        <message numerus="yes">
            <source>%n influencer(s)</source>
            <translation>
                <numerusform>1 influencer</numerusform>
                <numerusform>%n influencers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>1 case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared indicator(s)</source>
            <translation>
                <numerusform>1 shared indicator</numerusform>
                <numerusform>%n shared indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more is linked than can be drawn: only the %n nearest the start are shown</source>
            <translation>
                <numerusform>more is linked than can be drawn: only the %n nearest the start are shown</numerusform>
                <numerusform>more is linked than can be drawn: only the %n nearest the start are shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}
%n case(s) in this network; click to open the profile</source>
            <translation>
                <numerusform>{0}
1 case in this network; click to open the profile</numerusform>
                <numerusform>{0}
%n cases in this network; click to open the profile</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} · {1}
{2}
Click to open the case</source>
            <translation>{0} · {1}
{2}
Click to open the case</translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1}
Seen in %n case(s)</source>
            <translation>
                <numerusform>{0}: {1}
Seen in 1 case</numerusform>
                <numerusform>{0}: {1}
Seen in %n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked not relevant</source>
            <translation>Marked not relevant</translation>
        </message>
        <message>
            <source>Double-click to centre the network on it</source>
            <translation>Double-click to centre the network on it</translation>
        </message>
    </context>
    <context>
        <name>NewReportDialog</name>
        <message>
            <source>New report</source>
            <translation>New report</translation>
        </message>
        <message>
            <source>Name as people know them, e.g. Đen Vâu</source>
            <translation>Name as people know them, e.g. Đen Vâu</translation>
        </message>
        <message>
            <source>@account (read from the link if empty)</source>
            <translation>@account (read from the link if empty)</translation>
        </message>
        <message>
            <source>Choose the platform</source>
            <translation>Choose the platform</translation>
        </message>
        <message>
            <source>Choose the kind of violation</source>
            <translation>Choose the kind of violation</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>What the post, livestream or ad says or does</source>
            <translation>What the post, livestream or ad says or does</translation>
        </message>
        <message>
            <source>Name, phone or email (kept private)</source>
            <translation>Name, phone or email (kept private)</translation>
        </message>
        <message>
            <source>Urgent: ongoing fraud or harm to a child</source>
            <translation>Urgent: ongoing fraud or harm to a child</translation>
        </message>
        <message>
            <source>A takedown request is then due within 24 hours</source>
            <translation>A takedown request is then due within 24 hours</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>&amp;Influencer:</source>
            <translation>&amp;Influencer:</translation>
        </message>
        <message>
            <source>&amp;Link:</source>
            <translation>&amp;Link:</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Platform:</translation>
        </message>
        <message>
            <source>Acc&amp;ount:</source>
            <translation>Acc&amp;ount:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Reporter contact:</source>
            <translation>&amp;Reporter contact:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>Seen &amp;on:</source>
            <translation>Seen &amp;on:</translation>
        </message>
        <message>
            <source>Evidence files:</source>
            <translation>Evidence files:</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <source>Open cases sharing an indicator</source>
            <translation>Open cases sharing an indicator</translation>
        </message>
        <message>
            <source>File report</source>
            <translation>File report</translation>
        </message>
        <message>
            <source>Already in open cases — perhaps the same campaign:</source>
            <translation>Already in open cases — perhaps the same campaign:</translation>
        </message>
        <message>
            <source>Copying {0} file(s) into the evidence store…</source>
            <translation>Copying {0} file(s) into the evidence store…</translation>
        </message>
    </context>
    <context>
        <name>OpenFiles</name>
        <message>
            <source>The package could not be imported because of an error in the application; the details are in the log file.</source>
            <translation>The package could not be imported because of an error in the application; the details are in the log file.</translation>
        </message>
        <message>
            <source>Import a sync package</source>
            <translation>Import a sync package</translation>
        </message>
        <message>
            <source>Import the sync package {0}?

Its signed changes are checked as in a sync round before anything is applied; importing the same package twice changes nothing.</source>
            <translation>Import the sync package {0}?

Its signed changes are checked as in a sync round before anything is applied; importing the same package twice changes nothing.</translation>
        </message>
        <message>
            <source>Imported the sync package {0}: {1} change(s) applied.</source>
            <translation>Imported the sync package {0}: {1} change(s) applied.</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Importing {0}…</translation>
        </message>
    </context>
    <context>
        <name>Pane</name>
        <message>
            <source>Viewer tools</source>
            <translation>Viewer tools</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <source>PDF page</source>
            <translation>PDF page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Page number</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Fit page</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Zoom: fit the page (0), fit the width (W), actual size (1)</source>
            <translation>Zoom: fit the page (0), fit the width (W), actual size (1)</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Drag to move around the page</source>
            <translation>Drag to move around the page</translation>
        </message>
        <message>
            <source>Select text</source>
            <translation>Select text</translation>
        </message>
        <message>
            <source>Drag over text to select it, then copy it</source>
            <translation>Drag over text to select it, then copy it</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Drag to frame a region of the page</source>
            <translation>Drag to frame a region of the page</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>Copy the selected text</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>This PDF cannot be read.</source>
            <translation>This PDF cannot be read.</translation>
        </message>
        <message>
            <source>of {0}</source>
            <translation>of {0}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Page {0} of {1}</translation>
        </message>
        <message>
            <source>The page is still being drawn; try again when it is shown.</source>
            <translation>The page is still being drawn; try again when it is shown.</translation>
        </message>
        <message>
            <source>Page {0} could not be drawn.</source>
            <translation>Page {0} could not be drawn.</translation>
        </message>
        <message>
            <source>{0} characters selected: copy them with Ctrl+C</source>
            <translation>{0} characters selected: copy them with Ctrl+C</translation>
        </message>
        <message>
            <source>Copied {0} characters</source>
            <translation>Copied {0} characters</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>The data was not encrypted: {0}</source>
            <translation>The data was not encrypted: {0}</translation>
        </message>
        <message>
            <source>The data on this computer is encrypted, but the system's keyring could not keep the key: the passphrase will be asked at every start.</source>
            <translation>The data on this computer is encrypted, but the system's keyring could not keep the key: the passphrase will be asked at every start.</translation>
        </message>
        <message>
            <source>Personal data is due for removal under the retention rules: File → Personal data…</source>
            <translation>Personal data is due for removal under the retention rules: File → Personal data…</translation>
        </message>
        <message>
            <source>Personal &amp;data…</source>
            <translation>Personal &amp;data…</translation>
        </message>
        <message>
            <source>Erase a reporter's personal data on request, set how long personal data is kept, encrypt the data on this computer</source>
            <translation>Erase a reporter's personal data on request, set how long personal data is kept, encrypt the data on this computer</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Erase a reporter's data</source>
            <translation>Erase a reporter's data</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <source>Find every report that names a person, by their name or their contact as stored in the reports (a phone number matches however it is written), and erase these details on every member's computer.</source>
            <translation>Find every report that names a person, by their name or their contact as stored in the reports (a phone number matches however it is written), and erase these details on every member's computer.</translation>
        </message>
        <message>
            <source>Reporter's name or contact</source>
            <translation>Reporter's name or contact</translation>
        </message>
        <message>
            <source>Name or contact, e.g. Nguyễn Văn An or 0912 345 678</source>
            <translation>Name or contact, e.g. Nguyễn Văn An or 0912 345 678</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Reporter, as stored</source>
            <translation>Reporter, as stored</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>Reports that name the reporter</source>
            <translation>Reports that name the reporter</translation>
        </message>
        <message>
            <source>Letters to this reporter that will be removed (PDF files):</source>
            <translation>Letters to this reporter that will be removed (PDF files):</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Letters that will be removed</source>
            <translation>Letters that will be removed</translation>
        </message>
        <message>
            <source>Reason for the erasure</source>
            <translation>Reason for the erasure</translation>
        </message>
        <message>
            <source>e.g. Request of 05/12/2026 by telephone</source>
            <translation>e.g. Request of 05/12/2026 by telephone</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the history)</source>
            <translation>&amp;Reason (kept in the history)</translation>
        </message>
        <message>
            <source>Only the chair or the secretary erases personal data.</source>
            <translation>Only the chair or the secretary erases personal data.</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>Erase the reporter's details listed</source>
            <translation>Erase the reporter's details listed</translation>
        </message>
        <message>
            <source>Result of the erasure</source>
            <translation>Result of the erasure</translation>
        </message>
        <message>
            <source>Sealed: erased for good</source>
            <translation>Sealed: erased for good</translation>
        </message>
        <message>
            <source>Filed before sealing: removed from the lists; the signed history keeps it</source>
            <translation>Filed before sealing: removed from the lists; the signed history keeps it</translation>
        </message>
        <message>
            <source>The details were stored sealed: the erasure destroys the key, on every member, and nothing can read them again.</source>
            <translation>The details were stored sealed: the erasure destroys the key, on every member, and nothing can read them again.</translation>
        </message>
        <message>
            <source>This report was filed before details were sealed: its reporter disappears from the case, the lists and the exports, but the signed history still holds the text as it was filed.</source>
            <translation>This report was filed before details were sealed: its reporter disappears from the case, the lists and the exports, but the signed history still holds the text as it was filed.</translation>
        </message>
        <message>
            <source>No report names this reporter. Check how the name or contact is written in the case.</source>
            <translation>No report names this reporter. Check how the name or contact is written in the case.</translation>
        </message>
        <message>
            <source>Type the reporter's name or contact and press Find.</source>
            <translation>Type the reporter's name or contact and press Find.</translation>
        </message>
        <message>
            <source>Found in {0} reports ({1} cases). This is what will be erased:</source>
            <translation>Found in {0} reports ({1} cases). This is what will be erased:</translation>
        </message>
        <message>
            <source>This cannot be undone. The erasure travels to every member of the committee at the next sync, and is done on their computers too.</source>
            <translation>This cannot be undone. The erasure travels to every member of the committee at the next sync, and is done on their computers too.</translation>
        </message>
        <message>
            <source>{0} of these reports were filed before sealing: the reporter is removed from the cases, the lists and the exports, but the signed history keeps the text as filed.</source>
            <translation>{0} of these reports were filed before sealing: the reporter is removed from the cases, the lists and the exports, but the signed history keeps the text as filed.</translation>
        </message>
        <message>
            <source>{0} PDF files of letters to this reporter are removed too.</source>
            <translation>{0} PDF files of letters to this reporter are removed too.</translation>
        </message>
        <message>
            <source>Reason kept in the history: {0}</source>
            <translation>Reason kept in the history: {0}</translation>
        </message>
        <message>
            <source>Erase this reporter's details from {0} reports ({1} cases)?</source>
            <translation>Erase this reporter's details from {0} reports ({1} cases)?</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Erase for good</translation>
        </message>
        <message>
            <source>Erased: the reporter's details in {0} reports ({1} cases); {2} files removed from this computer. The other members erase them at their next sync.</source>
            <translation>Erased: the reporter's details in {0} reports ({1} cases); {2} files removed from this computer. The other members erase them at their next sync.</translation>
        </message>
        <message>
            <source>{0} backups made earlier on this computer still hold these data until they are deleted (they are in {1}).</source>
            <translation>{0} backups made earlier on this computer still hold these data until they are deleted (they are in {1}).</translation>
        </message>
        <message>
            <source>How long, after a case is closed or rejected, its reporters' contact details and its evidence files are kept. The rules apply to every member's computer.</source>
            <translation>How long, after a case is closed or rejected, its reporters' contact details and its evidence files are kept. The rules apply to every member's computer.</translation>
        </message>
        <message>
            <source>Months the reporters' contact details are kept</source>
            <translation>Months the reporters' contact details are kept</translation>
        </message>
        <message>
            <source>Months the evidence files are kept</source>
            <translation>Months the evidence files are kept</translation>
        </message>
        <message>
            <source>Reporters' &amp;contact details</source>
            <translation>Reporters' &amp;contact details</translation>
        </message>
        <message>
            <source>E&amp;vidence files</source>
            <translation>E&amp;vidence files</translation>
        </message>
        <message>
            <source>Only the chair sets the retention rules.</source>
            <translation>Only the chair sets the retention rules.</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>&amp;Save rules</translation>
        </message>
        <message>
            <source>Due for removal now</source>
            <translation>Due for removal now</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Case closed before</source>
            <translation>Case closed before</translation>
        </message>
        <message>
            <source>Personal data due for removal</source>
            <translation>Personal data due for removal</translation>
        </message>
        <message>
            <source>Remove &amp;now…</source>
            <translation>Remove &amp;now…</translation>
        </message>
        <message>
            <source>Remove the personal data due under the retention rules</source>
            <translation>Remove the personal data due under the retention rules</translation>
        </message>
        <message>
            <source>Result of the removal</source>
            <translation>Result of the removal</translation>
        </message>
        <message>
            <source>Keep until erased</source>
            <translation>Keep until erased</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Reporter's contact details: {0}</source>
            <translation>Reporter's contact details: {0}</translation>
        </message>
        <message>
            <source>Letter to the reporter: {0} ({1})</source>
            <translation>Letter to the reporter: {0} ({1})</translation>
        </message>
        <message>
            <source>Evidence file: {0} ({1})</source>
            <translation>Evidence file: {0} ({1})</translation>
        </message>
        <message>
            <source>Rules saved. The other members receive them at the next sync.</source>
            <translation>Rules saved. The other members receive them at the next sync.</translation>
        </message>
        <message>
            <source>No retention rules are set: nothing is removed.</source>
            <translation>No retention rules are set: nothing is removed.</translation>
        </message>
        <message>
            <source>Nothing is due for removal now.</source>
            <translation>Nothing is due for removal now.</translation>
        </message>
        <message>
            <source>The reporter's details in {0} reports and {1} evidence files, in {2} cases, are kept longer than the rules say.</source>
            <translation>The reporter's details in {0} reports and {1} evidence files, in {2} cases, are kept longer than the rules say.</translation>
        </message>
        <message>
            <source>Remove now the reporter's details in {0} reports and {1} evidence files, in {2} cases?</source>
            <translation>Remove now the reporter's details in {0} reports and {1} evidence files, in {2} cases?</translation>
        </message>
        <message>
            <source>This cannot be undone. The removal travels to every member of the committee at the next sync, and is done on their computers too.</source>
            <translation>This cannot be undone. The removal travels to every member of the committee at the next sync, and is done on their computers too.</translation>
        </message>
        <message>
            <source>Remove personal data</source>
            <translation>Remove personal data</translation>
        </message>
        <message>
            <source>Remove for good</source>
            <translation>Remove for good</translation>
        </message>
        <message>
            <source>Removed under the retention rules: the reporter's details in {0} reports and {1} evidence files; {2} files removed from this computer. The other members remove them at their next sync.</source>
            <translation>Removed under the retention rules: the reporter's details in {0} reports and {1} evidence files; {2} files removed from this computer. The other members remove them at their next sync.</translation>
        </message>
        <message>
            <source>Encryption status</source>
            <translation>Encryption status</translation>
        </message>
        <message>
            <source>Copies made for others stay readable: files saved or opened with another program, evidence packs, packages, exports, and the files in the shared folder (the other members have their own keys).</source>
            <translation>Copies made for others stay readable: files saved or opened with another program, evidence packs, packages, exports, and the files in the shared folder (the other members have their own keys).</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and the evidence files</source>
            <translation>Encrypt the database, its backups and the evidence files</translation>
        </message>
        <message>
            <source>The database, its backups and the evidence files on this computer are not encrypted: anyone who copies the data folder can read them.</source>
            <translation>The database, its backups and the evidence files on this computer are not encrypted: anyone who copies the data folder can read them.</translation>
        </message>
        <message>
            <source>The database, its backups and the evidence files on this computer are encrypted (AES-256). The key is kept in the system's keyring: the application opens without asking.</source>
            <translation>The database, its backups and the evidence files on this computer are encrypted (AES-256). The key is kept in the system's keyring: the application opens without asking.</translation>
        </message>
        <message>
            <source>The database, its backups and the evidence files on this computer are encrypted (AES-256). The passphrase is asked at every start.</source>
            <translation>The database, its backups and the evidence files on this computer are encrypted (AES-256). The passphrase is asked at every start.</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and the evidence files on this computer?</source>
            <translation>Encrypt the database, its backups and the evidence files on this computer?</translation>
        </message>
        <message>
            <source>Passphrase for the data</source>
            <translation>Passphrase for the data</translation>
        </message>
        <message>
            <source>The passphrase again</source>
            <translation>The passphrase again</translation>
        </message>
        <message>
            <source>Keep the key in this computer's &amp;keyring (opens without asking)</source>
            <translation>Keep the key in this computer's &amp;keyring (opens without asking)</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>&amp;Again</source>
            <translation>&amp;Again</translation>
        </message>
        <message>
            <source>This installation cannot encrypt: the sqlcipher3 package is missing.</source>
            <translation>This installation cannot encrypt: the sqlcipher3 package is missing.</translation>
        </message>
        <message>
            <source>&amp;Encrypt…</source>
            <translation>&amp;Encrypt…</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>The new passphrase again</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase</source>
            <translation>C&amp;urrent passphrase</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <source>A&amp;gain</source>
            <translation>A&amp;gain</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Change passphrase</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>The two passphrases are not the same: type the same one twice.</source>
            <translation>The two passphrases are not the same: type the same one twice.</translation>
        </message>
        <message>
            <source>A backup of the database is made first.</source>
            <translation>A backup of the database is made first.</translation>
        </message>
        <message>
            <source>All windows will close and the application will open again on the encrypted data.</source>
            <translation>All windows will close and the application will open again on the encrypted data.</translation>
        </message>
        <message>
            <source>If the passphrase is forgotten and the key in the keyring is lost (a new computer, a reinstalled system), nobody can read the data any more, not even from the backups: write the passphrase down and keep it in a safe place.</source>
            <translation>If the passphrase is forgotten and the key in the keyring is lost (a new computer, a reinstalled system), nobody can read the data any more, not even from the backups: write the passphrase down and keep it in a safe place.</translation>
        </message>
        <message>
            <source>The passphrase will be asked at every start.</source>
            <translation>The passphrase will be asked at every start.</translation>
        </message>
        <message>
            <source>Encrypt the data</source>
            <translation>Encrypt the data</translation>
        </message>
        <message>
            <source>Encrypt and reopen</source>
            <translation>Encrypt and reopen</translation>
        </message>
        <message>
            <source>The passphrase is changed: use the new one from now on.</source>
            <translation>The passphrase is changed: use the new one from now on.</translation>
        </message>
    </context>
    <context>
        <name>ProfileWindow</name>
        <message>
            <source>Credibility score</source>
            <translation>Credibility score</translation>
        </message>
        <message>
            <source>Put on a meeting agenda…</source>
            <translation>Put on a meeting agenda…</translation>
        </message>
        <message>
            <source>Profile sections</source>
            <translation>Profile sections</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Merge another profile into this one…</source>
            <translation>Merge another profile into this one…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalty</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>Half-life</source>
            <translation>Half-life</translation>
        </message>
        <message>
            <source>{0} d</source>
            <translation>{0} d</translation>
        </message>
        <message>
            <source>Remedied</source>
            <translation>Remedied</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Elapsed</translation>
        </message>
        <message>
            <source>Decay</source>
            <translation>Decay</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Score breakdown</source>
            <translation>Score breakdown</translation>
        </message>
        <message>
            <source>Counting</source>
            <translation>Counting</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>No penalty</source>
            <translation>No penalty</translation>
        </message>
        <message>
            <source>Replaced by another decision on its case</source>
            <translation>Replaced by another decision on its case</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Alliance member since</source>
            <translation>Alliance member since</translation>
        </message>
        <message>
            <source>Signed the alliance's pledge</source>
            <translation>Signed the alliance's pledge</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Save details</source>
            <translation>Save details</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Membership</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>Followers</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Five pillars (pass/fail): their weights replace the base of 100</source>
            <translation>Five pillars (pass/fail): their weights replace the base of 100</translation>
        </message>
        <message>
            <source>{0} ({1} points)</source>
            <translation>{0} ({1} points)</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Assessed on</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>Record assessment</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Record completed correction…</source>
            <translation>Record completed correction…</translation>
        </message>
        <message>
            <source>This profile no longer exists.</source>
            <translation>This profile no longer exists.</translation>
        </message>
        <message>
            <source>Influencer: {0}</source>
            <translation>Influencer: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>1 case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>alliance member since {0}</source>
            <translation>alliance member since {0}</translation>
        </message>
        <message>
            <source>This profile was merged into {0}.</source>
            <translation>This profile was merged into {0}.</translation>
        </message>
        <message>
            <source>Merged into this profile: {0}.</source>
            <translation>Merged into this profile: {0}.</translation>
        </message>
        <message>
            <source>as of {0}</source>
            <translation>as of {0}</translation>
        </message>
        <message>
            <source>Score = base {0} − Σ penalty × repeat × correction × 0.5^(age ÷ half-life) = {1}. Penalties halve every 90 days (730 for fraud or referral) and stop counting after 365 days (4 years).</source>
            <translation>Score = base {0} − Σ penalty × repeat × correction × 0.5^(age ÷ half-life) = {1}. Penalties halve every 90 days (730 for fraud or referral) and stop counting after 365 days (4 years).</translation>
        </message>
        <message>
            <source>Cases ({0})</source>
            <translation>Cases ({0})</translation>
        </message>
        <message>
            <source>Decisions ({0})</source>
            <translation>Decisions ({0})</translation>
        </message>
        <message>
            <source>History ({0})</source>
            <translation>History ({0})</translation>
        </message>
        <message>
            <source>Suspension proposed: {0} decisions of level 2 or above within 90 days ({1}), the last on {2}. The committee should consider it at its next meeting.</source>
            <translation>Suspension proposed: {0} decisions of level 2 or above within 90 days ({1}), the last on {2}. The committee should consider it at its next meeting.</translation>
        </message>
        <message>
            <source>Not assessed: the base is 100.</source>
            <translation>Not assessed: the base is 100.</translation>
        </message>
        <message>
            <source>Assessed on {0}: the base is {1}.</source>
            <translation>Assessed on {0}: the base is {1}.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Remove account</translation>
        </message>
        <message>
            <source>Remove the account {0} from this profile?</source>
            <translation>Remove the account {0} from this profile?</translation>
        </message>
        <message>
            <source>Merge profiles</source>
            <translation>Merge profiles</translation>
        </message>
        <message>
            <source>Merge {0} into {1}?

The {2} case(s), reports, accounts and decisions of {0} move to {1} and count in its score. Both profiles keep their history. This cannot be undone.</source>
            <translation>Merge {0} into {1}?

The {2} case(s), reports, accounts and decisions of {0} move to {1} and count in its score. Both profiles keep their history. This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>ProposalsNotice</name>
        <message>
            <source>Suspension proposals waiting for a meeting</source>
            <translation>Suspension proposals waiting for a meeting</translation>
        </message>
        <message numerus="yes">
            <source>⚑ %n suspension proposal(s)</source>
            <translation>
                <numerusform>⚑ 1 suspension proposal</numerusform>
                <numerusform>⚑ %n suspension proposals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProposalsWindow</name>
        <message>
            <source>Suspension proposals</source>
            <translation>Suspension proposals</translation>
        </message>
        <message>
            <source>These influencers received 3 decisions of level 2 or above within 90 days. The application proposes that the next meeting consider suspending them. Put a proposal on a meeting's agenda to take it up.</source>
            <translation>These influencers received 3 decisions of level 2 or above within 90 days. The application proposes that the next meeting consider suspending them. Put a proposal on a meeting's agenda to take it up.</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Reached on</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>No suspension is waiting for a meeting.</source>
            <translation>No suspension is waiting for a meeting.</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Open profile</translation>
        </message>
        <message>
            <source>Put on a meeting agenda…</source>
            <translation>Put on a meeting agenda…</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publish the public register</source>
            <translation>Publish the public register</translation>
        </message>
        <message>
            <source>Register as of</source>
            <translation>Register as of</translation>
        </message>
        <message>
            <source>Language of the page</source>
            <translation>Language of the page</translation>
        </message>
        <message>
            <source>Show how &amp;platforms answered takedown requests (last 12 months)</source>
            <translation>Show how &amp;platforms answered takedown requests (last 12 months)</translation>
        </message>
        <message>
            <source>Per platform: requests sent, answered in time, late, no answer, refused, median hours to removal, content back online. Figures only: no case, content or address.</source>
            <translation>Per platform: requests sent, answered in time, late, no answer, refused, median hours to removal, content back online. Figures only: no case, content or address.</translation>
        </message>
        <message>
            <source>What the register will list</source>
            <translation>What the register will list</translation>
        </message>
        <message>
            <source>Published: date, influencer, accounts, category, outcome and the public summary of each decision marked published, and the named non-compliant list. Never published: reporters and their contacts, notes, rationale, votes, members' names, evidence.</source>
            <translation>Published: date, influencer, accounts, category, outcome and the public summary of each decision marked published, and the named non-compliant list. Never published: reporters and their contacts, notes, rationale, votes, members' names, evidence.</translation>
        </message>
        <message>
            <source>Register &amp;as of</source>
            <translation>Register &amp;as of</translation>
        </message>
        <message>
            <source>&amp;Language of the page</source>
            <translation>&amp;Language of the page</translation>
        </message>
        <message>
            <source>Choose a folder and publish…</source>
            <translation>Choose a folder and publish…</translation>
        </message>
        <message>
            <source>{0} published decision(s) in force; {1} influencer(s) on the named non-compliant list.</source>
            <translation>{0} published decision(s) in force; {1} influencer(s) on the named non-compliant list.</translation>
        </message>
        <message>
            <source>Takedown requests of the last 12 months: {0} sent to {1} platform(s), {2} answered in time.</source>
            <translation>Takedown requests of the last 12 months: {0} sent to {1} platform(s), {2} answered in time.</translation>
        </message>
        <message>
            <source>{0} decision(s) naming an influencer as non-compliant in the last 3 months are not marked published and will be left off the list.</source>
            <translation>{0} decision(s) naming an influencer as non-compliant in the last 3 months are not marked published and will be left off the list.</translation>
        </message>
        <message>
            <source>Last published {0} by {1} ({2} decisions).</source>
            <translation>Last published {0} by {1} ({2} decisions).</translation>
        </message>
        <message>
            <source>Folder for the public register</source>
            <translation>Folder for the public register</translation>
        </message>
    </context>
    <context>
        <name>QuarterDialog</name>
        <message>
            <source>Quarterly report</source>
            <translation>Quarterly report</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Excel workbook with charts</source>
            <translation>Excel workbook with charts</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Quarter</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Elapsed</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Time since the case was opened</source>
            <translation>Time since the case was opened</translation>
        </message>
        <message>
            <source>Time left until the current deadline (red when overdue)</source>
            <translation>Time left until the current deadline (red when overdue)</translation>
        </message>
        <message>
            <source>Urgent: a takedown request is due within 24 hours</source>
            <translation>Urgent: a takedown request is due within 24 hours</translation>
        </message>
        <message>
            <source>Number of reports in the case</source>
            <translation>Number of reports in the case</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation>Not urgent</translation>
        </message>
    </context>
    <context>
        <name>RecheckDialog</name>
        <message>
            <source>Re-check the content — case {0}</source>
            <translation>Re-check the content — case {0}</translation>
        </message>
        <message>
            <source>None (optional)</source>
            <translation>None (optional)</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Clea&amp;r</source>
            <translation>Clea&amp;r</translation>
        </message>
        <message>
            <source>Attached to the case as evidence, dated with the re-check.</source>
            <translation>Attached to the case as evidence, dated with the re-check.</translation>
        </message>
        <message>
            <source>Checked at (Vietnam time)</source>
            <translation>Checked at (Vietnam time)</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>What was seen</translation>
        </message>
        <message>
            <source>&amp;Screenshot</source>
            <translation>&amp;Screenshot</translation>
        </message>
        <message>
            <source>Checked a&amp;t (Vietnam time)</source>
            <translation>Checked a&amp;t (Vietnam time)</translation>
        </message>
        <message>
            <source>Record the re-check</source>
            <translation>Record the re-check</translation>
        </message>
        <message>
            <source>Say whether the content is still up first.</source>
            <translation>Say whether the content is still up first.</translation>
        </message>
        <message>
            <source>Choose the screenshot</source>
            <translation>Choose the screenshot</translation>
        </message>
        <message>
            <source>Screenshots ({0});;All files (*)</source>
            <translation>Screenshots ({0});;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Public register published in {0}: {1} decisions, {2} named</source>
            <translation>Public register published in {0}: {1} decisions, {2} named</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;Statistics…</translation>
        </message>
        <message>
            <source>&amp;Publish the public register…</source>
            <translation>&amp;Publish the public register…</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>New takedown request — case {0}</source>
            <translation>New takedown request — case {0}</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>One address per line</translation>
        </message>
        <message>
            <source>&amp;Platform</source>
            <translation>&amp;Platform</translation>
        </message>
        <message>
            <source>Content &amp;addresses</source>
            <translation>Content &amp;addresses</translation>
        </message>
        <message>
            <source>Sent &amp;by</source>
            <translation>Sent &amp;by</translation>
        </message>
        <message>
            <source>Sent &amp;at (Vietnam time)</source>
            <translation>Sent &amp;at (Vietnam time)</translation>
        </message>
        <message>
            <source>With the &amp;letter</source>
            <translation>With the &amp;letter</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Record the request</source>
            <translation>Record the request</translation>
        </message>
        <message>
            <source>Filled in from the case's reports on this platform; change them as sent.</source>
            <translation>Filled in from the case's reports on this platform; change them as sent.</translation>
        </message>
        <message>
            <source>The case's reports give no address on this platform: type them in.</source>
            <translation>The case's reports give no address on this platform: type them in.</translation>
        </message>
        <message>
            <source>No letter</source>
            <translation>No letter</translation>
        </message>
        <message>
            <source>{0}: 24 hours after sending, as the case was urgent then</source>
            <translation>{0}: 24 hours after sending, as the case was urgent then</translation>
        </message>
        <message>
            <source>{0}: 48 hours after sending</source>
            <translation>{0}: 48 hours after sending</translation>
        </message>
    </context>
    <context>
        <name>RoundsModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>Changes in</source>
            <translation>Changes in</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
    </context>
    <context>
        <name>RowFateModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Case or reason</source>
            <translation>Case or reason</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Also in open cases</source>
            <translation>Also in open cases</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Added to a case</source>
            <translation>Added to a case</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>the case of row {0}</source>
            <translation>the case of row {0}</translation>
        </message>
        <message>
            <source>same as row {0}</source>
            <translation>same as row {0}</translation>
        </message>
        <message>
            <source>will be opened</source>
            <translation>will be opened</translation>
        </message>
    </context>
    <context>
        <name>ScoreChart</name>
        <message>
            <source>Score over time</source>
            <translation>Score over time</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
    </context>
    <context>
        <name>SeenCases</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>As the system (Vietnamese unless it is English)</source>
            <translation>As the system (Vietnamese unless it is English)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>As the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Font size</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>&amp;Font size</source>
            <translation>&amp;Font size</translation>
        </message>
        <message>
            <source>A new language applies when the application starts again.</source>
            <translation>A new language applies when the application starts again.</translation>
        </message>
        <message>
            <source>Blur sensitive pictures until I click them</source>
            <translation>Blur sensitive pictures until I click them</translation>
        </message>
        <message>
            <source>Largest evidence file</source>
            <translation>Largest evidence file</translation>
        </message>
        <message>
            <source>Largest evidence &amp;file</source>
            <translation>Largest evidence &amp;file</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>No shared folder: this workspace does not sync</source>
            <translation>No shared folder: this workspace does not sync</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Shared &amp;folder</source>
            <translation>Shared &amp;folder</translation>
        </message>
        <message>
            <source>Sync interval</source>
            <translation>Sync interval</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sync &amp;every</source>
            <translation>Sync &amp;every</translation>
        </message>
        <message>
            <source>Choose the committee's shared folder</source>
            <translation>Choose the committee's shared folder</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Settings not saved</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Last quarter</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Chosen dates</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Quarterly report…</source>
            <translation>Quarterly report…</translation>
        </message>
        <message>
            <source>Export the quarterly activity report as an Excel workbook or a PDF</source>
            <translation>Export the quarterly activity report as an Excel workbook or a PDF</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Reports received</source>
            <translation>Reports received</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Cases opened</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Triaged within 5 working days</source>
            <translation>Triaged within 5 working days</translation>
        </message>
        <message>
            <source>Urgent takedown requests within 24 h</source>
            <translation>Urgent takedown requests within 24 h</translation>
        </message>
        <message>
            <source>Overdue cases now</source>
            <translation>Overdue cases now</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Per week</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Per month</translation>
        </message>
        <message>
            <source>Reports and cases</source>
            <translation>Reports and cases</translation>
        </message>
        <message>
            <source>Reports and cases over time</source>
            <translation>Reports and cases over time</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>By platform</source>
            <translation>By platform</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Deadlines kept</source>
            <translation>Deadlines kept</translation>
        </message>
        <message>
            <source>Cases overdue now</source>
            <translation>Cases overdue now</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Decisions by outcome</source>
            <translation>Decisions by outcome</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Influencers by credibility band</source>
            <translation>Influencers by credibility band</translation>
        </message>
        <message>
            <source>Credibility</source>
            <translation>Credibility</translation>
        </message>
        <message>
            <source>Platforms' record</source>
            <translation>Platforms' record</translation>
        </message>
        <message>
            <source>Takedowns by quarter</source>
            <translation>Takedowns by quarter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No takedown request was sent to a platform in this period.</source>
            <translation>No takedown request was sent to a platform in this period.</translation>
        </message>
        <message>
            <source>Takedown requests by platform</source>
            <translation>Takedown requests by platform</translation>
        </message>
        <message>
            <source>Requests sent</source>
            <translation>Requests sent</translation>
        </message>
        <message>
            <source>Share answered in time</source>
            <translation>Share answered in time</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>By quarter</translation>
        </message>
        <message>
            <source>Takedown requests by quarter</source>
            <translation>Takedown requests by quarter</translation>
        </message>
        <message>
            <source>Chart: {0}</source>
            <translation>Chart: {0}</translation>
        </message>
        <message>
            <source>Table: {0}</source>
            <translation>Table: {0}</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>{0} · figures as of now</source>
            <translation>{0} · figures as of now</translation>
        </message>
        <message>
            <source>{0} on time, {1} late, {2} still running</source>
            <translation>{0} on time, {1} late, {2} still running</translation>
        </message>
        <message>
            <source>{0} days</source>
            <translation>{0} days</translation>
        </message>
        <message>
            <source>not counting merged duplicates</source>
            <translation>not counting merged duplicates</translation>
        </message>
        <message>
            <source>in force, by meeting date</source>
            <translation>in force, by meeting date</translation>
        </message>
        <message>
            <source>open cases past their deadline</source>
            <translation>open cases past their deadline</translation>
        </message>
        <message>
            <source>Save the quarterly report</source>
            <translation>Save the quarterly report</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the quarterly report…</source>
            <translation>Preparing the quarterly report…</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>the sync round failed unexpectedly; the details are in the log file</source>
            <translation>the sync round failed unexpectedly; the details are in the log file</translation>
        </message>
    </context>
    <context>
        <name>SyncLogWindow</name>
        <message>
            <source>Sync log</source>
            <translation>Sync log</translation>
        </message>
        <message>
            <source>Sync rounds</source>
            <translation>Sync rounds</translation>
        </message>
        <message>
            <source>Round details</source>
            <translation>Round details</translation>
        </message>
        <message>
            <source>No sync round has run yet.</source>
            <translation>No sync round has run yet.</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>{0}: {1} change(s)</source>
            <translation>{0}: {1} change(s)</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Skipped until complete</source>
            <translation>Skipped until complete</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>Conflicts waiting</translation>
        </message>
        <message>
            <source>Nothing new in this round.</source>
            <translation>Nothing new in this round.</translation>
        </message>
    </context>
    <context>
        <name>SyncNotice</name>
        <message>
            <source>A device signed two different histories (a copied or restored data folder) and was frozen: nothing more is taken from it. The chair should revoke it.
{0}
{1}</source>
            <translation>A device signed two different histories (a copied or restored data folder) and was frozen: nothing more is taken from it. The chair should revoke it.
{0}
{1}</translation>
        </message>
        <message>
            <source>{0} file(s) from the shared folder were rejected and kept aside:
{1}</source>
            <translation>{0} file(s) from the shared folder were rejected and kept aside:
{1}</translation>
        </message>
        <message>
            <source>{0} new conflict(s): members changed the same thing at the same time. See the Conflicts view.</source>
            <translation>{0} new conflict(s): members changed the same thing at the same time. See the Conflicts view.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <source>Sync settings</source>
            <translation>Sync settings</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>Root fingerprint</source>
            <translation>Root fingerprint</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>The committee's shared folder (Syncthing, Dropbox, network share…)</source>
            <translation>The committee's shared folder (Syncthing, Dropbox, network share…)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Choose the shared folder</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sync interval in minutes</source>
            <translation>Sync interval in minutes</translation>
        </message>
        <message>
            <source>Committee:</source>
            <translation>Committee:</translation>
        </message>
        <message>
            <source>Root fingerprint:</source>
            <translation>Root fingerprint:</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Shared folder:</translation>
        </message>
        <message>
            <source>Sync every:</source>
            <translation>Sync every:</translation>
        </message>
        <message>
            <source>Create a committee…</source>
            <translation>Create a committee…</translation>
        </message>
        <message>
            <source>Create a committee</source>
            <translation>Create a committee</translation>
        </message>
        <message>
            <source>Join a committee…</source>
            <translation>Join a committee…</translation>
        </message>
        <message>
            <source>Join a committee</source>
            <translation>Join a committee</translation>
        </message>
        <message>
            <source>This workspace is not part of a committee yet.</source>
            <translation>This workspace is not part of a committee yet.</translation>
        </message>
        <message>
            <source>{0} (id {1})</source>
            <translation>{0} (id {1})</translation>
        </message>
        <message>
            <source>The committee's shared folder</source>
            <translation>The committee's shared folder</translation>
        </message>
        <message>
            <source>The folder {0} does not exist.</source>
            <translation>The folder {0} does not exist.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusButton</name>
        <message>
            <source>Sync status</source>
            <translation>Sync status</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>A sync round is running</source>
            <translation>A sync round is running</translation>
        </message>
        <message>
            <source>Sync: not set up</source>
            <translation>Sync: not set up</translation>
        </message>
        <message>
            <source>Choose the committee's shared folder in Sync ▸ Sync settings</source>
            <translation>Choose the committee's shared folder in Sync ▸ Sync settings</translation>
        </message>
        <message>
            <source>Sync: not yet run</source>
            <translation>Sync: not yet run</translation>
        </message>
        <message>
            <source>Sync failed at {0}</source>
            <translation>Sync failed at {0}</translation>
        </message>
        <message>
            <source>Synced {0} · {1} change(s) in · {2} conflict(s)</source>
            <translation>Synced {0} · {1} change(s) in · {2} conflict(s)</translation>
        </message>
        <message>
            <source>{0} file(s) rejected</source>
            <translation>{0} file(s) rejected</translation>
        </message>
        <message>
            <source>Open the sync log</source>
            <translation>Open the sync log</translation>
        </message>
        <message>
            <source>⚠ this computer's clock is wrong</source>
            <translation>⚠ this computer's clock is wrong</translation>
        </message>
        <message>
            <source>Other members see this computer's changes dated about {0} hour(s) ahead and are holding them. Set the computer's date and time right; they apply at the next sync.</source>
            <translation>Other members see this computer's changes dated about {0} hour(s) ahead and are holding them. Set the computer's date and time right; they apply at the next sync.</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Sync &amp;now</translation>
        </message>
        <message>
            <source>Sync &amp;log…</source>
            <translation>Sync &amp;log…</translation>
        </message>
        <message>
            <source>&amp;Resolve conflicts of the selected case…</source>
            <translation>&amp;Resolve conflicts of the selected case…</translation>
        </message>
        <message>
            <source>&amp;Join requests…</source>
            <translation>&amp;Join requests…</translation>
        </message>
        <message>
            <source>Sync &amp;settings…</source>
            <translation>Sync &amp;settings…</translation>
        </message>
        <message>
            <source>&amp;Verify the store</source>
            <translation>&amp;Verify the store</translation>
        </message>
        <message>
            <source>Verifying the store…</source>
            <translation>Verifying the store…</translation>
        </message>
        <message>
            <source>Verify the store</source>
            <translation>Verify the store</translation>
        </message>
        <message>
            <source>Problems found:
{0}</source>
            <translation>Problems found:
{0}</translation>
        </message>
        <message>
            <source>No problems: the database, the evidence files, the event chains and the signed bundles all check out.</source>
            <translation>No problems: the database, the evidence files, the event chains and the signed bundles all check out.</translation>
        </message>
    </context>
    <context>
        <name>TakedownReminder</name>
        <message>
            <source>Takedowns overdue: {0}</source>
            <translation>Takedowns overdue: {0}</translation>
        </message>
        <message>
            <source>Re-checks due: {0}</source>
            <translation>Re-checks due: {0}</translation>
        </message>
        <message>
            <source>Back online: {0}</source>
            <translation>Back online: {0}</translation>
        </message>
        <message>
            <source>Takedown requests with no answer recorded after their deadline. Show these cases in the queue</source>
            <translation>Takedown requests with no answer recorded after their deadline. Show these cases in the queue</translation>
        </message>
        <message>
            <source>Removed content to look at again (7 and 30 days after its removal). Show these cases in the queue</source>
            <translation>Removed content to look at again (7 and 30 days after its removal). Show these cases in the queue</translation>
        </message>
        <message>
            <source>Removed content found up again at its latest re-check. Show these cases in the queue</source>
            <translation>Removed content found up again at its latest re-check. Show these cases in the queue</translation>
        </message>
    </context>
    <context>
        <name>Takedowns</name>
        <message>
            <source>letter of {0}</source>
            <translation>letter of {0}</translation>
        </message>
        <message>
            <source>{0} · case {1} · sent {2} · deadline {3}</source>
            <translation>{0} · case {1} · sent {2} · deadline {3}</translation>
        </message>
    </context>
    <context>
        <name>TakedownsPanel</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Re-checks</source>
            <translation>Re-checks</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Takedown requests</source>
            <translation>Takedown requests</translation>
        </message>
        <message>
            <source>No takedown request recorded for this case yet. A request sent to a platform (by e-mail, its reporting form or an official letter) is recorded here with its deadline, the platform's answer and the re-checks of the content.</source>
            <translation>No takedown request recorded for this case yet. A request sent to a platform (by e-mail, its reporting form or an official letter) is recorded here with its deadline, the platform's answer and the re-checks of the content.</translation>
        </message>
        <message>
            <source>No takedown request matches.</source>
            <translation>No takedown request matches.</translation>
        </message>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;New request…</translation>
        </message>
        <message>
            <source>Record &amp;answer…</source>
            <translation>Record &amp;answer…</translation>
        </message>
        <message>
            <source>&amp;Re-check…</source>
            <translation>&amp;Re-check…</translation>
        </message>
        <message>
            <source>Open the &amp;letter</source>
            <translation>Open the &amp;letter</translation>
        </message>
        <message>
            <source>The letter the request went with, in the evidence viewer</source>
            <translation>The letter the request went with, in the evidence viewer</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Write the requests shown (the platform and the requests chosen above) to an Excel workbook or a CSV file, to send the platform or keep</source>
            <translation>Write the requests shown (the platform and the requests chosen above) to an Excel workbook or a CSV file, to send the platform or keep</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>All platforms</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>All requests</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Re-check due</source>
            <translation>Re-check due</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Platform:</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Selected request</source>
            <translation>Selected request</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Screenshot</translation>
        </message>
        <message>
            <source>Re-checks of the selected request</source>
            <translation>Re-checks of the selected request</translation>
        </message>
        <message>
            <source>Open the &amp;screenshot</source>
            <translation>Open the &amp;screenshot</translation>
        </message>
        <message>
            <source>24 hours after sending: the case was urgent when the request was sent</source>
            <translation>24 hours after sending: the case was urgent when the request was sent</translation>
        </message>
        <message>
            <source>48 hours after sending</source>
            <translation>48 hours after sending</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflict</translation>
        </message>
        <message>
            <source>Answered {0}</source>
            <translation>Answered {0}</translation>
        </message>
        <message>
            <source>Hours to answer: {0}</source>
            <translation>Hours to answer: {0}</translation>
        </message>
        <message>
            <source>The same content was asked for again by a later request: that one is followed now.</source>
            <translation>The same content was asked for again by a later request: that one is followed now.</translation>
        </message>
        <message>
            <source>Members recorded different answers: record the answer again to settle it.</source>
            <translation>Members recorded different answers: record the answer again to settle it.</translation>
        </message>
        <message>
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <source>re-check due ({0} days)</source>
            <translation>re-check due ({0} days)</translation>
        </message>
        <message>
            <source>No re-check yet</source>
            <translation>No re-check yet</translation>
        </message>
        <message>
            <source>No letter of the register linked</source>
            <translation>No letter of the register linked</translation>
        </message>
        <message>
            <source>Sent without a letter</source>
            <translation>Sent without a letter</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>Overdue: {0}</source>
            <translation>Overdue: {0}</translation>
        </message>
        <message>
            <source>Back online: {0}</source>
            <translation>Back online: {0}</translation>
        </message>
        <message>
            <source>Re-checks due: {0}</source>
            <translation>Re-checks due: {0}</translation>
        </message>
        <message>
            <source>Recorded by the chair, the secretary or a reviewer; your role is {0}.</source>
            <translation>Recorded by the chair, the secretary or a reviewer; your role is {0}.</translation>
        </message>
        <message>
            <source>Recorded by every member but observers; your role is {0}.</source>
            <translation>Recorded by every member but observers; your role is {0}.</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>Select a request first.</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Hours to answer</source>
            <translation>Hours to answer</translation>
        </message>
        <message>
            <source>Reason given</source>
            <translation>Reason given</translation>
        </message>
        <message>
            <source>Content addresses</source>
            <translation>Content addresses</translation>
        </message>
        <message>
            <source>Re-checks ({0})</source>
            <translation>Re-checks ({0})</translation>
        </message>
        <message>
            <source>Export the requests shown</source>
            <translation>Export the requests shown</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n request(s) to {0}</source>
            <translation>
                <numerusform>Wrote 1 request to {0}</numerusform>
                <numerusform>Wrote %n requests to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TakedownsWindow</name>
        <message>
            <source>Takedown requests</source>
            <translation>Takedown requests</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Choose a common reason…</source>
            <translation>Choose a common reason…</translation>
        </message>
        <message>
            <source>Common reasons</source>
            <translation>Common reasons</translation>
        </message>
    </context>
    <context>
        <name>TextFoundPanel</name>
        <message>
            <source>Text found in this item</source>
            <translation>Text found in this item</translation>
        </message>
        <message>
            <source>Read the text now</source>
            <translation>Read the text now</translation>
        </message>
        <message>
            <source>A link has no file to read.</source>
            <translation>A link has no file to read.</translation>
        </message>
        <message>
            <source>Looking for the text found in this item…</source>
            <translation>Looking for the text found in this item…</translation>
        </message>
        <message>
            <source>Reading the text (text recognition can take a few seconds)…</source>
            <translation>Reading the text (text recognition can take a few seconds)…</translation>
        </message>
        <message>
            <source>The text of this item has not been read yet (it is read in the background).</source>
            <translation>The text of this item has not been read yet (it is read in the background).</translation>
        </message>
        <message>
            <source>Text recognised in the picture (OCR)</source>
            <translation>Text recognised in the picture (OCR)</translation>
        </message>
        <message>
            <source>The PDF's text layer</source>
            <translation>The PDF's text layer</translation>
        </message>
        <message>
            <source>The page's text</source>
            <translation>The page's text</translation>
        </message>
        <message>
            <source>The file's text</source>
            <translation>The file's text</translation>
        </message>
        <message>
            <source>Text recognition (OCR) is not installed, so the words in this picture were not read.</source>
            <translation>Text recognition (OCR) is not installed, so the words in this picture were not read.</translation>
        </message>
        <message>
            <source>There is no text to extract from this kind of file.</source>
            <translation>There is no text to extract from this kind of file.</translation>
        </message>
        <message>
            <source>Text not extracted: {0}</source>
            <translation>Text not extracted: {0}</translation>
        </message>
        <message>
            <source>Indicators in this text:</source>
            <translation>Indicators in this text:</translation>
        </message>
    </context>
    <context>
        <name>TextPane</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>{0} lines, {1} characters</source>
            <translation>{0} lines, {1} characters</translation>
        </message>
    </context>
    <context>
        <name>TextPaneBase</name>
        <message>
            <source>Mark selection</source>
            <translation>Mark selection</translation>
        </message>
        <message>
            <source>Mark the selected text as a span</source>
            <translation>Mark the selected text as a span</translation>
        </message>
        <message>
            <source>Find (no need for diacritics)</source>
            <translation>Find (no need for diacritics)</translation>
        </message>
        <message>
            <source>Find in text</source>
            <translation>Find in text</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Matches found</source>
            <translation>Matches found</translation>
        </message>
        <message>
            <source>Select some text first, then mark it.</source>
            <translation>Select some text first, then mark it.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} of {1}</translation>
        </message>
    </context>
    <context>
        <name>TriageController</name>
        <message>
            <source>Select a case first.</source>
            <translation>Select a case first.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>(Ctrl+Z to undo)</source>
            <translation>(Ctrl+Z to undo)</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nothing to change.</translation>
        </message>
        <message numerus="yes">
            <source>Assigned %n case(s) to you.</source>
            <translation>
                <numerusform>Assigned 1 case to you.</numerusform>
                <numerusform>Assigned %n cases to you.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assigned %n case(s).</source>
            <translation>
                <numerusform>Assigned 1 case.</numerusform>
                <numerusform>Assigned %n cases.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unassigned %n case(s).</source>
            <translation>
                <numerusform>Unassigned 1 case.</numerusform>
                <numerusform>Unassigned %n cases.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Priority set to {0} on %n case(s).</source>
            <translation>
                <numerusform>Priority set to {0} on 1 case.</numerusform>
                <numerusform>Priority set to {0} on %n cases.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Urgent flag changed on %n case(s).</source>
            <translation>
                <numerusform>Urgent flag changed on 1 case.</numerusform>
                <numerusform>Urgent flag changed on %n cases.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Why? The reason is kept in each case's history.</source>
            <translation>Why? The reason is kept in each case's history.</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n case(s) to {0}.</source>
            <translation>
                <numerusform>Moved 1 case to {0}.</numerusform>
                <numerusform>Moved %n cases to {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note for {0}:</source>
            <translation>Note for {0}:</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Add a note</translation>
        </message>
        <message>
            <source>What you found or did (Ctrl+Enter to save)</source>
            <translation>What you found or did (Ctrl+Enter to save)</translation>
        </message>
        <message numerus="yes">
            <source>Note added to %n case(s).</source>
            <translation>
                <numerusform>Note added to 1 case.</numerusform>
                <numerusform>Note added to %n cases.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merged %n case(s).</source>
            <translation>
                <numerusform>Merged 1 case.</numerusform>
                <numerusform>Merged %n cases.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nothing to undo.</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Cannot undo</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Undone.</translation>
        </message>
        <message>
            <source>Left as they are (changed since): {0}</source>
            <translation>Left as they are (changed since): {0}</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>My cases</source>
            <translation>My cases</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Triage</source>
            <translation>Triage</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <source>Awaiting reply</source>
            <translation>Awaiting reply</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Decided / Monitoring</source>
            <translation>Decided / Monitoring</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Takedown requests overdue</source>
            <translation>Takedown requests overdue</translation>
        </message>
        <message>
            <source>Cases with a takedown request past its deadline and no answer recorded</source>
            <translation>Cases with a takedown request past its deadline and no answer recorded</translation>
        </message>
        <message>
            <source>Content back online</source>
            <translation>Content back online</translation>
        </message>
        <message>
            <source>Cases whose content the latest re-check found up again after the platform removed it</source>
            <translation>Cases whose content the latest re-check found up again after the platform removed it</translation>
        </message>
        <message>
            <source>Re-checks due</source>
            <translation>Re-checks due</translation>
        </message>
        <message>
            <source>Cases whose content is due to be looked at again, 7 or 30 days after the platform removed it</source>
            <translation>Cases whose content is due to be looked at again, 7 or 30 days after the platform removed it</translation>
        </message>
    </context>
    <context>
        <name>WaitingForApproval</name>
        <message>
            <source>Waiting for the chair's approval</source>
            <translation>Waiting for the chair's approval</translation>
        </message>
        <message>
            <source>Approval status</source>
            <translation>Approval status</translation>
        </message>
        <message>
            <source>Your request to join has been written to the shared folder. Read your key fingerprint to the chair so they can check it before approving:

{0}</source>
            <translation>Your request to join has been written to the shared folder. Read your key fingerprint to the chair so they can check it before approving:

{0}</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Check now</translation>
        </message>
        <message>
            <source>Continue without waiting (read only)</source>
            <translation>Continue without waiting (read only)</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Not approved yet.</translation>
        </message>
        <message>
            <source>Checking the shared folder…</source>
            <translation>Checking the shared folder…</translation>
        </message>
        <message>
            <source>Approved. Welcome to the committee.</source>
            <translation>Approved. Welcome to the committee.</translation>
        </message>
        <message>
            <source>Not approved yet (last checked {0}). The application checks again every few seconds.</source>
            <translation>Not approved yet (last checked {0}). The application checks again every few seconds.</translation>
        </message>
        <message>
            <source>The shared folder could not be read: {0}</source>
            <translation>The shared folder could not be read: {0}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to Digital Trust Moderator</source>
            <translation>Welcome to Digital Trust Moderator</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>This is the desk of the Niềm tin số self-monitoring committee. Your work stays on this computer and is shared with the other members through a shared folder. How would you like to start?</source>
            <translation>This is the desk of the Niềm tin số self-monitoring committee. Your work stays on this computer and is shared with the other members through a shared folder. How would you like to start?</translation>
        </message>
        <message>
            <source>Open the demo workspace</source>
            <translation>Open the demo workspace</translation>
        </message>
        <message>
            <source>A simulated committee with a few thousand cases, to look around. It is kept apart from your own work.</source>
            <translation>A simulated committee with a few thousand cases, to look around. It is kept apart from your own work.</translation>
        </message>
        <message>
            <source>Create a committee</source>
            <translation>Create a committee</translation>
        </message>
        <message>
            <source>You are the chair: name the committee and choose the shared folder members will use.</source>
            <translation>You are the chair: name the committee and choose the shared folder members will use.</translation>
        </message>
        <message>
            <source>Join a committee</source>
            <translation>Join a committee</translation>
        </message>
        <message>
            <source>Choose the committee's shared folder, compare its fingerprint with the chair's, and wait for the chair to approve you.</source>
            <translation>Choose the committee's shared folder, compare its fingerprint with the chair's, and wait for the chair to approve you.</translation>
        </message>
        <message>
            <source>Start on my own for now</source>
            <translation>Start on my own for now</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
    </context>
    <context>
        <name>YourNameDialog</name>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your full name, as the committee knows you. It is shown in each case's history and signs the letters you write; you can change it later.</source>
            <translation>Your full name, as the committee knows you. It is shown in each case's history and signs the letters you write; you can change it later.</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thu Hà</source>
            <translation>e.g. Nguyễn Thu Hà</translation>
        </message>
    </context>
</TS>
