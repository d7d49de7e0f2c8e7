import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_claims_status" AS ENUM('unchecked', 'conflict', 'mixed', 'supported', 'no_evidence', 'no_figures');
  CREATE TYPE "public"."enum_claims_desk_state" AS ENUM('new', 'in_review', 'second_review', 'published');
  CREATE TYPE "public"."enum_claims_claimant_type" AS ENUM('Person', 'Organization');
  CREATE TYPE "public"."enum_verdicts_rating" AS ENUM('accurate', 'mostly-accurate', 'conflicting-sources', 'misleading', 'inaccurate', 'unverifiable');
  CREATE TYPE "public"."enum_verdicts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__verdicts_v_version_rating" AS ENUM('accurate', 'mostly-accurate', 'conflicting-sources', 'misleading', 'inaccurate', 'unverifiable');
  CREATE TYPE "public"."enum__verdicts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'factcheckCheckClaims', 'factcheckSyncArticle', 'factcheckRecheckMeasures', 'factcheckReconcilePublic', 'factcheckSendEmail');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'factcheckCheckClaims', 'factcheckSyncArticle', 'factcheckRecheckMeasures', 'factcheckReconcilePublic', 'factcheckSendEmail');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"body" jsonb,
  	"confirm_open_conflicts" boolean DEFAULT false,
  	"fact_check_confirmation_confirmed_by_id" integer,
  	"fact_check_confirmation_confirmed_at" timestamp(3) with time zone,
  	"fact_check_confirmation_open_conflicts" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_body" jsonb,
  	"version_confirm_open_conflicts" boolean DEFAULT false,
  	"version_fact_check_confirmation_confirmed_by_id" integer,
  	"version_fact_check_confirmation_confirmed_at" timestamp(3) with time zone,
  	"version_fact_check_confirmation_open_conflicts" numeric,
  	"version_created_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"article_id" integer,
  	"date" timestamp(3) with time zone,
  	"status" "enum_claims_status" DEFAULT 'unchecked',
  	"checked_at" timestamp(3) with time zone,
  	"check_error" varchar,
  	"in_article" boolean DEFAULT true,
  	"reviewed" boolean DEFAULT false,
  	"has_published_verdict" boolean DEFAULT false,
  	"public_text" boolean DEFAULT true,
  	"verdict_id" integer,
  	"figures" jsonb,
  	"desk_state" "enum_claims_desk_state" DEFAULT 'new',
  	"assignee_id" integer,
  	"evidence_changed" boolean DEFAULT false,
  	"earlier_verdict_id" integer,
  	"claimant_name" varchar,
  	"claimant_type" "enum_claims_claimant_type" DEFAULT 'Person',
  	"position" numeric,
  	"article_ref" varchar,
  	"locale" varchar,
  	"fingerprint" varchar,
  	"lookup_keys" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ev" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"quote" varchar
  );
  
  CREATE TABLE "verdicts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"claim_id" integer,
  	"rating" "enum_verdicts_rating",
  	"explanation" varchar,
  	"reviewer_id" integer,
  	"approval_requested" boolean DEFAULT false,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"first_published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_verdicts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_ev_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"quote" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_verdicts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_claim_id" integer,
  	"version_rating" "enum__verdicts_v_version_rating",
  	"version_explanation" varchar,
  	"version_reviewer_id" integer,
  	"version_approval_requested" boolean DEFAULT false,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_created_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version__status" "enum__verdicts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"publisher" varchar,
  	"published_at" timestamp(3) with time zone,
  	"url" varchar,
  	"text" varchar NOT NULL,
  	"figure_count" numeric,
  	"content_hash" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "corpus_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer NOT NULL,
  	"source_key" varchar,
  	"lookup_key" varchar NOT NULL,
  	"source_date" varchar,
  	"figure_id" varchar,
  	"text" varchar,
  	"measure" varchar,
  	"quote" varchar,
  	"figure" jsonb NOT NULL
  );
  
  CREATE TABLE "desk_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"claim_id" integer,
  	"verdict_id" integer,
  	"text" varchar NOT NULL,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"articles_id" integer,
  	"claims_id" integer,
  	"verdicts_id" integer,
  	"sources_id" integer,
  	"corpus_figures_id" integer,
  	"desk_notes_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_fact_check_confirmation_confirmed_by_id_users_id_fk" FOREIGN KEY ("fact_check_confirmation_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_fact_check_confirmation_confirmed_by_id_users_id_fk" FOREIGN KEY ("version_fact_check_confirmation_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "claims" ADD CONSTRAINT "claims_verdict_id_verdicts_id_fk" FOREIGN KEY ("verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "claims" ADD CONSTRAINT "claims_earlier_verdict_id_verdicts_id_fk" FOREIGN KEY ("earlier_verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ev" ADD CONSTRAINT "ev_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ev" ADD CONSTRAINT "ev_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."verdicts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ev_v" ADD CONSTRAINT "_ev_v_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ev_v" ADD CONSTRAINT "_ev_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_verdicts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_verdicts_v" ADD CONSTRAINT "_verdicts_v_parent_id_verdicts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."verdicts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_verdicts_v" ADD CONSTRAINT "_verdicts_v_version_claim_id_claims_id_fk" FOREIGN KEY ("version_claim_id") REFERENCES "public"."claims"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_verdicts_v" ADD CONSTRAINT "_verdicts_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_verdicts_v" ADD CONSTRAINT "_verdicts_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corpus_figures" ADD CONSTRAINT "corpus_figures_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_notes" ADD CONSTRAINT "desk_notes_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_notes" ADD CONSTRAINT "desk_notes_verdict_id_verdicts_id_fk" FOREIGN KEY ("verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_notes" ADD CONSTRAINT "desk_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_claims_fk" FOREIGN KEY ("claims_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_verdicts_fk" FOREIGN KEY ("verdicts_id") REFERENCES "public"."verdicts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corpus_figures_fk" FOREIGN KEY ("corpus_figures_id") REFERENCES "public"."corpus_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_desk_notes_fk" FOREIGN KEY ("desk_notes_id") REFERENCES "public"."desk_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_fact_check_confirmation_fact_check_confirmation_idx" ON "articles" USING btree ("fact_check_confirmation_confirmed_by_id");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_fact_check_confirmation_version_fact_idx" ON "_articles_v" USING btree ("version_fact_check_confirmation_confirmed_by_id");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "claims_article_idx" ON "claims" USING btree ("article_id");
  CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status");
  CREATE INDEX "claims_in_article_idx" ON "claims" USING btree ("in_article");
  CREATE INDEX "claims_reviewed_idx" ON "claims" USING btree ("reviewed");
  CREATE INDEX "claims_has_published_verdict_idx" ON "claims" USING btree ("has_published_verdict");
  CREATE INDEX "claims_public_text_idx" ON "claims" USING btree ("public_text");
  CREATE INDEX "claims_verdict_idx" ON "claims" USING btree ("verdict_id");
  CREATE INDEX "claims_desk_state_idx" ON "claims" USING btree ("desk_state");
  CREATE INDEX "claims_assignee_idx" ON "claims" USING btree ("assignee_id");
  CREATE INDEX "claims_evidence_changed_idx" ON "claims" USING btree ("evidence_changed");
  CREATE INDEX "claims_earlier_verdict_idx" ON "claims" USING btree ("earlier_verdict_id");
  CREATE INDEX "claims_article_ref_idx" ON "claims" USING btree ("article_ref");
  CREATE INDEX "claims_locale_idx" ON "claims" USING btree ("locale");
  CREATE UNIQUE INDEX "claims_fingerprint_idx" ON "claims" USING btree ("fingerprint");
  CREATE INDEX "claims_created_at_idx" ON "claims" USING btree ("created_at");
  CREATE INDEX "claims_updated_at_idx" ON "claims" USING btree ("updated_at");
  CREATE INDEX "ev_order_idx" ON "ev" USING btree ("_order");
  CREATE INDEX "ev_parent_id_idx" ON "ev" USING btree ("_parent_id");
  CREATE INDEX "ev_source_idx" ON "ev" USING btree ("source_id");
  CREATE UNIQUE INDEX "verdicts_claim_idx" ON "verdicts" USING btree ("claim_id");
  CREATE INDEX "verdicts_reviewer_idx" ON "verdicts" USING btree ("reviewer_id");
  CREATE INDEX "verdicts_approved_by_idx" ON "verdicts" USING btree ("approved_by_id");
  CREATE INDEX "verdicts_created_at_idx" ON "verdicts" USING btree ("created_at");
  CREATE INDEX "verdicts_updated_at_idx" ON "verdicts" USING btree ("updated_at");
  CREATE INDEX "verdicts__status_idx" ON "verdicts" USING btree ("_status");
  CREATE INDEX "_ev_v_order_idx" ON "_ev_v" USING btree ("_order");
  CREATE INDEX "_ev_v_parent_id_idx" ON "_ev_v" USING btree ("_parent_id");
  CREATE INDEX "_ev_v_source_idx" ON "_ev_v" USING btree ("source_id");
  CREATE INDEX "_verdicts_v_parent_idx" ON "_verdicts_v" USING btree ("parent_id");
  CREATE INDEX "_verdicts_v_version_version_claim_idx" ON "_verdicts_v" USING btree ("version_claim_id");
  CREATE INDEX "_verdicts_v_version_version_reviewer_idx" ON "_verdicts_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_verdicts_v_version_version_approved_by_idx" ON "_verdicts_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_verdicts_v_version_version_created_at_idx" ON "_verdicts_v" USING btree ("version_created_at");
  CREATE INDEX "_verdicts_v_version_version_updated_at_idx" ON "_verdicts_v" USING btree ("version_updated_at");
  CREATE INDEX "_verdicts_v_version_version__status_idx" ON "_verdicts_v" USING btree ("version__status");
  CREATE INDEX "_verdicts_v_created_at_idx" ON "_verdicts_v" USING btree ("created_at");
  CREATE INDEX "_verdicts_v_updated_at_idx" ON "_verdicts_v" USING btree ("updated_at");
  CREATE INDEX "_verdicts_v_latest_idx" ON "_verdicts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "sources_key_idx" ON "sources" USING btree ("key");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "corpus_figures_source_idx" ON "corpus_figures" USING btree ("source_id");
  CREATE INDEX "lookupKey_sourceDate_idx" ON "corpus_figures" USING btree ("lookup_key","source_date");
  CREATE INDEX "desk_notes_claim_idx" ON "desk_notes" USING btree ("claim_id");
  CREATE INDEX "desk_notes_verdict_idx" ON "desk_notes" USING btree ("verdict_id");
  CREATE INDEX "desk_notes_author_idx" ON "desk_notes" USING btree ("author_id");
  CREATE INDEX "desk_notes_created_at_idx" ON "desk_notes" USING btree ("created_at");
  CREATE INDEX "desk_notes_updated_at_idx" ON "desk_notes" USING btree ("updated_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("claims_id");
  CREATE INDEX "payload_locked_documents_rels_verdicts_id_idx" ON "payload_locked_documents_rels" USING btree ("verdicts_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_corpus_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("corpus_figures_id");
  CREATE INDEX "payload_locked_documents_rels_desk_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("desk_notes_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "claims" CASCADE;
  DROP TABLE "ev" CASCADE;
  DROP TABLE "verdicts" CASCADE;
  DROP TABLE "_ev_v" CASCADE;
  DROP TABLE "_verdicts_v" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "corpus_figures" CASCADE;
  DROP TABLE "desk_notes" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_claims_status";
  DROP TYPE "public"."enum_claims_desk_state";
  DROP TYPE "public"."enum_claims_claimant_type";
  DROP TYPE "public"."enum_verdicts_rating";
  DROP TYPE "public"."enum_verdicts_status";
  DROP TYPE "public"."enum__verdicts_v_version_rating";
  DROP TYPE "public"."enum__verdicts_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
