package de.kim.api.model;

/**
 * A referral in the receiving office's inbox, with what the office needs to find the case: its file number,
 * the sending municipality and, if the referral's purpose releases the identity, the client's name.
 *
 * @param referral         the referral (status SENT: to answer; ACCEPTED: held by the office)
 * @param caseFileNumber   the case's file number (Aktenzeichen)
 * @param fromMunicipality AGS of the municipality that sent it
 * @param client           the client's name and date of birth, null if the purpose does not release them
 */
public record IncomingReferral(Referral referral, String caseFileNumber, String fromMunicipality, ClientName client) {
}
