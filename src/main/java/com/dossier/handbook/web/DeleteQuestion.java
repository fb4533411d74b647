package com.dossier.handbook.web;

/**
 * The page before an attachment is deleted: the question, where 确定删除 posts and where 取消
 * leads.
 */
public record DeleteQuestion(String text, String deleteAction, String backHref) {
}
