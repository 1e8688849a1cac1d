/**
 * The folder channel's inbound half: a folder per partner, watched for the partner's files ({@code channels.folder}).
 * A complete file is taken in, then moved to the partner's done folder (or deleted); one intake refused at the door
 * (too large, no content type it can name) goes to the error folder, and is kept in the message log all the same.
 * The outbound half is {@link dev.tradehub.delivery.FolderTransport}.
 */
package dev.tradehub.channel.folder;
