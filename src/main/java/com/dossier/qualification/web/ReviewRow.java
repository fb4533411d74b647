package com.dossier.qualification.web;

import com.dossier.qualification.ReviewQueue;

/** A queue line and the qualification it asks for, named in the reviewer's language. */
public record ReviewRow(ReviewQueue.Entry entry, String qualification) {
}
